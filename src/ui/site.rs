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

/// The rules the app runs under, from what the loader fetched: the
/// built-in defaults without a policy file, the file's policy when it
/// reads without error (the core's strict reader: an unknown key, a bad
/// regex... is an error with its line and column).
pub fn rules_from(fetched: &Fetched) -> Result<Rules, Problem> {
    match policy_text(fetched)? {
        None => Ok(Rules::default()),
        Some(text) => {
            Rules::from_toml(text).map_err(|e| Problem::Invalid(e.to_string()))
        }
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
    fn a_valid_file_gives_its_rules() {
        let toml = "name = \"Acme\"\nversion = 3\nlocked = [\"card\"]\n\
                    [[pattern]]\nname = \"member_id\"\nregex = 'MBR-\\d{4}'\n";
        let rules =
            rules_from(&answer(200, "application/toml", toml)).unwrap();
        assert_eq!(rules.title(), "Acme 3");
        assert!(rules.kind_locked(hush::Kind::Card));
        assert_eq!(rules.pattern_plurals(), ["member IDs"]);
        let none = rules_from(&answer(404, "text/plain", "")).unwrap();
        assert_eq!(none.title(), "Built-in defaults");
    }

    #[test]
    fn an_invalid_file_stops_the_app_naming_the_problem() {
        let toml = "name = \"Acme\"\nlockd = [\"card\"]\n";
        let err = rules_from(&answer(200, "text/plain", toml)).unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.starts_with("policy.toml is not a valid policy: line 2"),
            "{msg}"
        );
        assert!(msg.contains("lockd"), "{msg}");
        let bad_regex =
            "name = \"Acme\"\n[[pattern]]\nname = \"x\"\nregex = '(MBR'\n";
        let err =
            rules_from(&answer(200, "text/plain", bad_regex)).unwrap_err();
        assert!(err.to_string().contains("pattern 'x'"), "{err}");
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
