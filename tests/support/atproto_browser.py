"""A scripted browser for the reference PDS's OAuth sign-in page (@atproto/oauth-provider).

What a person does in the browser, as the page's own script does it: load the authorization
page (which sets the CSRF and device cookies), sign in with the account's password through the
page's API, consent, and follow the redirect back to the app's loopback listener. The
provider checks the browser's fetch metadata (``Sec-Fetch-*``), origin, referrer and CSRF
token; they are sent as a browser would. Its cookies are ``Secure``, which Python's cookie jar
will not send over plain http on loopback, so they are carried by hand.
"""

from __future__ import annotations

from http.cookies import SimpleCookie
from urllib.parse import urlsplit

import requests

API = "/@atproto/oauth-provider/~api"


class AtprotoSignInBrowser:
    def __init__(self, username: str, password: str, *, consent: bool = True) -> None:
        self.username = username
        self.password = password
        self.consent = consent
        self.cookies: dict[str, str] = {}
        self.landed: str | None = None

    def _keep(self, resp: requests.Response) -> None:
        for raw in resp.raw.headers.getlist("Set-Cookie"):
            jar = SimpleCookie()
            jar.load(raw)
            for name, morsel in jar.items():
                self.cookies[name] = morsel.value

    def _cookie_header(self) -> str:
        return "; ".join(f"{k}={v}" for k, v in self.cookies.items())

    def __call__(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        s = requests.Session()
        page = s.get(
            url,
            headers={
                "Sec-Fetch-Site": "none",
                "Sec-Fetch-Mode": "navigate",
                "Sec-Fetch-Dest": "document",
            },
            allow_redirects=False,
            timeout=30,
        )
        page.raise_for_status()
        self._keep(page)

        def api(path: str, body: dict, bearer: str | None = None) -> dict:
            headers = {
                "Origin": origin,
                "Referer": url,
                "Sec-Fetch-Site": "same-origin",
                "Sec-Fetch-Mode": "same-origin",
                "Sec-Fetch-Dest": "empty",
                "x-csrf-token": self.cookies.get("csrf-token", ""),
                "Cookie": self._cookie_header(),
            }
            if bearer:
                headers["Authorization"] = f"Bearer {bearer}"
            resp = s.post(f"{origin}{API}{path}", json=body, headers=headers, timeout=30)
            self._keep(resp)
            data = resp.json()
            if resp.status_code >= 400:
                raise AssertionError(f"{path}: {resp.status_code} {data}")
            return data

        signed = api(
            "/sign-in",
            {
                "locale": "en",
                "username": self.username,
                "password": self.password,
                "remember": False,
            },
        )
        account = signed["account"]
        did = account.get("sub") or account.get("did")
        if self.consent:
            decided = api("/consent", {"did": did}, bearer=signed.get("ephemeralToken"))
        else:
            decided = api("/reject", {})
        back = s.get(
            decided["url"],
            headers={
                "Referer": url,
                "Sec-Fetch-Site": "same-origin",
                "Sec-Fetch-Mode": "navigate",
                "Sec-Fetch-Dest": "document",
                "Cookie": self._cookie_header(),
            },
            allow_redirects=False,
            timeout=30,
        )
        location = back.headers.get("Location")
        if back.status_code not in (302, 303) or not location:
            raise AssertionError(
                f"no redirect back to the app: {back.status_code} {back.text[:300]}"
            )
        self.landed = location
        requests.get(location, timeout=30)  # the app's loopback listener
        return True
