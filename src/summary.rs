//! A summary counts findings, for the line a person reads first: "2 card
//! numbers, 1 SSN, 1 member ID redacted; 1 selection redacted by hand;
//! CVVs are not being redacted".
//!
//! It always says which built-in kinds are switched off, so a kind turned
//! off once never stays off unnoticed.

use std::fmt;

use crate::finding::{Finding, Kind};
use crate::policy::{KindSet, Policy};

/// The number of findings of each kind (and of each custom pattern), and
/// the built-in kinds that are not being looked for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    counts: [usize; 4],
    /// Custom findings by noun, in order of first appearance: (noun,
    /// plural, count).
    custom: Vec<(String, String, usize)>,
    manual: usize,
    off: KindSet,
}

impl Summary {
    /// Counts `findings` by kind. It says nothing about kinds switched off:
    /// use [`Summary::for_policy`] for that.
    pub fn of(findings: &[Finding]) -> Summary {
        let mut s = Summary {
            counts: [0; 4],
            custom: Vec::new(),
            manual: 0,
            off: KindSet::EMPTY,
        };
        for f in findings {
            match f.kind() {
                Kind::Custom => {
                    match s.custom.iter_mut().find(|c| c.0 == f.noun()) {
                        Some(c) => c.2 += 1,
                        None => s.custom.push((
                            f.noun().to_string(),
                            f.plural().to_string(),
                            1,
                        )),
                    }
                }
                Kind::Manual => s.manual += 1,
                kind => s.counts[kind.index()] += 1,
            }
        }
        s
    }

    /// Counts `findings`, found with `policy`, and notes which built-in
    /// kinds the policy does not look for.
    ///
    /// ```
    /// use hush::{scan, Kind, Policy, Summary};
    ///
    /// let mut policy = Policy::default();
    /// policy.kinds = policy.kinds.without(Kind::Cvv);
    /// let text = "card 4111 1111 1111 1111 cvv 123";
    /// let summary = Summary::for_policy(&scan(text, &policy), &policy);
    /// assert_eq!(
    ///     summary.to_string(),
    ///     "1 card number redacted; CVVs are not being redacted",
    /// );
    /// ```
    pub fn for_policy(findings: &[Finding], policy: &Policy) -> Summary {
        Summary { off: policy.kinds.complement(), ..Summary::of(findings) }
    }

    /// The number of findings of `kind` (for [`Kind::Custom`], of every
    /// custom pattern together).
    pub fn count(&self, kind: Kind) -> usize {
        match kind {
            Kind::Custom => self.custom.iter().map(|c| c.2).sum(),
            Kind::Manual => self.manual,
            kind => self.counts[kind.index()],
        }
    }

    /// The number of custom findings for each noun ("member ID"), in order
    /// of first appearance.
    pub fn custom(&self) -> impl Iterator<Item = (&str, usize)> {
        self.custom.iter().map(|c| (c.0.as_str(), c.2))
    }

    /// The number of findings of every kind.
    pub fn total(&self) -> usize {
        self.counts.iter().sum::<usize>()
            + self.count(Kind::Custom)
            + self.manual
    }

    /// The built-in kinds not being looked for (empty from
    /// [`Summary::of`]).
    pub fn off(&self) -> KindSet {
        self.off
    }

    /// What was found, without the warning about kinds switched off: "2
    /// card numbers, 1 member ID redacted; 1 selection redacted by hand",
    /// or "nothing to redact".
    pub fn found(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        for kind in Kind::ALL {
            let n = self.count(kind);
            if n > 0 {
                let noun = if n == 1 { kind.noun() } else { kind.plural() };
                parts.push(format!("{n} {noun}"));
            }
        }
        for (noun, plural, n) in &self.custom {
            parts.push(format!("{n} {}", if *n == 1 { noun } else { plural }));
        }
        let mut out = String::new();
        if !parts.is_empty() {
            out = parts.join(", ") + " redacted";
        }
        if self.manual > 0 {
            if !out.is_empty() {
                out.push_str("; ");
            }
            let noun = if self.manual == 1 {
                Kind::Manual.noun()
            } else {
                Kind::Manual.plural()
            };
            out.push_str(&format!("{} {noun} redacted by hand", self.manual));
        }
        if out.is_empty() {
            out.push_str("nothing to redact");
        }
        out
    }

    /// The warning about kinds switched off: "CVVs and expiry dates are not
    /// being redacted", or `None` when every built-in kind is on.
    pub fn not_redacted(&self) -> Option<String> {
        let off: Vec<&str> = self.off.iter().map(Kind::plural).collect();
        let list = match off.as_slice() {
            [] => return None,
            [one] => one.to_string(),
            [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
        };
        Some(format!("{list} are not being redacted"))
    }
}

/// "2 card numbers, 1 SSN redacted", or "nothing to redact", followed by
/// "; CVVs are not being redacted" when a built-in kind is off.
///
/// ```
/// use hush::{scan, Policy, Summary};
/// let text = "card 4111 1111 1111 1111, SSN 123-13-7435";
/// let summary = Summary::of(&scan(text, &Policy::default()));
/// assert_eq!(summary.to_string(), "1 card number, 1 SSN redacted");
/// ```
impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.found())?;
        if let Some(off) = self.not_redacted() {
            write!(f, "; {off}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pattern::Pattern;
    use crate::span::Span;

    fn policy_with_member_ids() -> Policy {
        let mut p = Policy::default();
        p.patterns.push(Pattern::new("member_id", r"MBR-\d{4}").unwrap());
        p
    }

    #[test]
    fn counts_custom_findings_by_noun_and_manual_ones_apart() {
        let policy = policy_with_member_ids();
        let text = "MBR-1234 MBR-5678 card 4111 1111 1111 1111 Jane Roe";
        let mut findings = crate::scan(text, &policy);
        findings.push(Finding::by_hand(text, Span::new(43, 51)).unwrap());
        let s = Summary::for_policy(&findings, &policy);
        assert_eq!(s.count(Kind::Custom), 2);
        assert_eq!(s.count(Kind::Manual), 1);
        assert_eq!(s.total(), 4);
        assert_eq!(s.custom().collect::<Vec<_>>(), [("member ID", 2)]);
        assert_eq!(
            s.to_string(),
            "1 card number, 2 member IDs redacted; 1 selection redacted by hand"
        );
    }

    #[test]
    fn only_by_hand() {
        let text = "Jane Roe";
        let f = Finding::by_hand(text, Span::new(0, 4)).unwrap();
        let g = Finding::by_hand(text, Span::new(5, 8)).unwrap();
        assert_eq!(
            Summary::of(&[f, g]).to_string(),
            "2 selections redacted by hand"
        );
    }

    /// See: issue 9 ("Kinds switched off stay off silently").
    #[test]
    fn says_every_kind_that_is_off() {
        let mut policy = Policy::default();
        assert_eq!(
            Summary::for_policy(&[], &policy).to_string(),
            "nothing to redact"
        );
        policy.kinds = policy.kinds.without(Kind::Cvv);
        assert_eq!(
            Summary::for_policy(&[], &policy).to_string(),
            "nothing to redact; CVVs are not being redacted"
        );
        policy.kinds = policy.kinds.without(Kind::Expiry);
        assert_eq!(
            Summary::for_policy(&[], &policy).not_redacted().as_deref(),
            Some("CVVs and expiry dates are not being redacted")
        );
        policy.kinds = KindSet::EMPTY;
        assert_eq!(
            Summary::for_policy(&[], &policy).not_redacted().as_deref(),
            Some(
                "card numbers, SSNs, CVVs and expiry dates are not being redacted"
            )
        );
        assert_eq!(Summary::of(&[]).off(), KindSet::EMPTY);
    }
}
