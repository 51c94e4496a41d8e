//! The deployment's policy: what the page's own origin answered for
//! `policy.toml`, and what the app makes of it.
//!
//! An administrator puts `policy.toml` next to `index.html`; the page's
//! loader asks for it once, before the app starts (same origin, so the
//! Content-Security-Policy's `connect-src 'self'` allows it). No file (a
//! 404) means the built-in defaults. Anything else that is not a policy
//! (a server error, a failed request, a web page served in its place, a
//! file that does not parse) stops the app with a message naming the
//! problem: a page that cannot tell which rules apply must not redact with
//! weaker ones.

use std::fmt;

use super::state::Rules;

/// Where the app asks for the deployment's policy, relative to the page.
pub const POLICY_PATH: &str = "policy.toml";

/// What the loader got for [`POLICY_PATH`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fetched {
    /// The HTTP status; 0 if the request failed (no answer at all).
    pub status: u16,
    /// The `Content-Type` header, if any.
    pub content_type: Option<String>,
    /// The body, if it was read as text.
    pub body: Option<String>,
}

/// Why the app will not start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The request for the policy failed (no answer).
    Unreachable,
    /// The server answered with an error status other than 404 or 410.
    Status(u16),
    /// The server sent a web page instead of the policy (a host that
    /// answers every path with `index.html`).
    WebPage,
    /// The policy file is there but is not valid.
    Invalid(String),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Unreachable => write!(
                f,
                "The request for {POLICY_PATH} failed, so Hush cannot tell \
                 which redaction rules apply."
            ),
            Problem::Status(code) => write!(
                f,
                "The server answered {code} for {POLICY_PATH}, so Hush \
                 cannot tell which redaction rules apply."
            ),
            Problem::WebPage => write!(
                f,
                "The server sent a web page for {POLICY_PATH}, not a \
                 policy. Where there is no policy, the server must answer \
                 404 Not Found."
            ),
            Problem::Invalid(why) => {
                write!(f, "{POLICY_PATH} is not a valid policy: {why}")
            }
        }
    }
}

/// Decides what the answer means: `Ok(None)` for no policy (404 or 410),
/// `Ok(Some(text))` for a policy to parse, or the problem that stops the
/// app.
pub fn policy_text(fetched: &Fetched) -> Result<Option<&str>, Problem> {
    match fetched.status {
        0 => Err(Problem::Unreachable),
        404 | 410 => Ok(None),
        200..=299 => {
            let html = fetched.content_type.as_deref().is_some_and(|t| {
                t.trim().to_ascii_lowercase().starts_with("text/html")
            });
            if html {
                return Err(Problem::WebPage);
            }
            match fetched.body.as_deref() {
                Some(body) => Ok(Some(body)),
                None => Err(Problem::Unreachable),
            }
        }
        code => Err(Problem::Status(code)),
    }
}

/// The rules the app runs under, from what the loader fetched.
// FIXME: parses nothing until the core's policy-file parser is merged
// (branch `policy`, the `API:` commit): a policy file stops the app.
pub fn rules_from(fetched: &Fetched) -> Result<Rules, Problem> {
    match policy_text(fetched)? {
        None => Ok(Rules::default()),
        Some(_) => Err(Problem::Invalid(
            "this build cannot read policy files yet".to_owned(),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(status: u16, content_type: &str, body: &str) -> Fetched {
        Fetched {
            status,
            content_type: Some(content_type.to_owned()),
            body: Some(body.to_owned()),
        }
    }

    #[test]
    fn no_file_means_the_built_in_defaults() {
        assert_eq!(policy_text(&answer(404, "text/plain", "nope")), Ok(None));
        assert_eq!(policy_text(&answer(410, "text/plain", "")), Ok(None));
    }

    #[test]
    fn a_file_is_parsed_whatever_its_text_type() {
        for t in ["application/toml", "text/plain; charset=utf-8", ""] {
            let f = answer(200, t, "name = \"x\"");
            assert_eq!(policy_text(&f), Ok(Some("name = \"x\"")));
        }
        let f =
            Fetched { status: 200, content_type: None, body: Some("".into()) };
        assert_eq!(policy_text(&f), Ok(Some("")));
    }

    #[test]
    fn anything_else_stops_the_app_with_a_reason() {
        let page = answer(200, "text/html; charset=utf-8", "<!doctype html>");
        assert_eq!(policy_text(&page), Err(Problem::WebPage));
        assert_eq!(
            policy_text(&answer(500, "text/plain", "")),
            Err(Problem::Status(500))
        );
        assert_eq!(
            policy_text(&answer(403, "text/plain", "")),
            Err(Problem::Status(403))
        );
        assert_eq!(
            policy_text(&Fetched::default()),
            Err(Problem::Unreachable)
        );
        assert_eq!(
            Problem::Status(403).to_string(),
            "The server answered 403 for policy.toml, so Hush cannot tell \
             which redaction rules apply."
        );
    }
}
