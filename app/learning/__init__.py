"""Learning from the team: corrections become labels, labels a per-workspace model, the model
a voice in routing.

Why: the shipped classifiers were written and tuned far from any one brand's customers. The
people who read every message know better: when an agent changes a message's intent or mood,
re-routes a conversation to another team or tags it a complaint, that is a label nobody had to
write for the purpose. Each is stored (`corrections`), the sync worker retrains the
workspace's model from them in the background (`model.retrain_if_due`), and the router asks
the model before it decides (`model.LearnedIntent`, used by app/routing/engine.py): where the
model is confident and disagrees with the shipped classifier, its intent is the one the rules
see, and the message's stored reasons say so.

IT can switch it off per workspace (`switch`, ``main.py admin learning off``): the model is
then neither trained nor asked; corrections are still kept, so switching on again learns from
everything the team did.
"""
