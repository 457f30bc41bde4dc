"""Post performance: metrics fetched from the networks for sent posts, and A/B experiments."""
