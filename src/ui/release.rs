//! Which release the page is: the version the footer shows.
//!
//! Plain Rust, tested natively. The version is the `hush-web` package's,
//! which is the workspace's (Cargo.toml's `[workspace.package]`), as is the
//! `hush` package's: the page, `hush --version`, the release archive's name
//! and the service worker's cache all say the same.

/// The app's version: Cargo.toml's, the same as `hush --version` prints.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The active policy as the footer names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PolicyLabel<'a> {
    /// The policy's name (`name` in the policy file).
    pub name: &'a str,
    /// The policy's version (`version` in the policy file).
    pub version: &'a str,
}

/// The footer's version line: `Hush 0.1.0`, and with a deployed policy
/// `Hush 0.1.0 · policy Contact centre 2024-06`. The policy's name and
/// version are the administrator's, shown as written; empty ones are left
/// out.
pub fn footer_line(policy: Option<PolicyLabel<'_>>) -> String {
    let mut line = format!("Hush {VERSION}");
    if let Some(PolicyLabel { name, version }) = policy {
        let words: Vec<&str> = [name.trim(), version.trim()]
            .into_iter()
            .filter(|w| !w.is_empty())
            .collect();
        if !words.is_empty() {
            line.push_str(" \u{b7} policy ");
            line.push_str(&words.join(" "));
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_version_is_cargos() {
        assert_eq!(VERSION, env!("CARGO_PKG_VERSION"));
        assert_eq!(footer_line(None), format!("Hush {VERSION}"));
    }

    #[test]
    fn a_policy_is_named_with_its_version() {
        let policy =
            PolicyLabel { name: "Contact centre", version: "2024-06" };
        assert_eq!(
            footer_line(Some(policy)),
            format!("Hush {VERSION} \u{b7} policy Contact centre 2024-06")
        );
    }

    #[test]
    fn empty_policy_fields_are_left_out() {
        let no_version = PolicyLabel { name: "Acme", version: " " };
        assert_eq!(
            footer_line(Some(no_version)),
            format!("Hush {VERSION} \u{b7} policy Acme")
        );
        let nothing = PolicyLabel { name: "", version: "" };
        assert_eq!(footer_line(Some(nothing)), format!("Hush {VERSION}"));
    }
}
