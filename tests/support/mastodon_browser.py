"""The system browser at mastodon-mock's account picker: picks the account, follows the redirect.

mastodon-mock's authorization-code flow is a stub (an account picker instead of a sign-in, no
PKCE check), but it does register apps, redirect to our loopback listener with code and state,
and exchange the code for a real bearer token of that account.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urljoin, urlsplit

import requests

_HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)">')


class MastodonPickerBrowser:
    def __init__(self, username: str = "brand") -> None:
        self.username = username
        self.opened: list[str] = []

    def __call__(self, url: str) -> bool:
        self.opened.append(url)
        redirect_uri = dict(parse_qsl(urlsplit(url).query))["redirect_uri"]
        page = requests.get(url, timeout=10)
        page.raise_for_status()
        form = dict(_HIDDEN.findall(page.text))
        form["username"] = self.username
        resp = requests.post(
            urljoin(url, "/oauth/authorize"), data=form, allow_redirects=False, timeout=10
        )
        location = resp.headers["Location"]
        assert location.startswith(redirect_uri), location
        requests.get(location, timeout=10)
        return True
