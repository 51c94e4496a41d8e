//! Applying a policy to a text: the built-in detectors, then the custom
//! patterns where no built-in finding is, then the allow rules.

use crate::finding::Finding;
use crate::policy::Policy;
use crate::span::Span;

/// Finds every secret in `text` that `policy` asks for:
///
/// 1. the built-in kinds that are on (cards, SSNs, CVVs, expiry dates);
/// 2. the matches of the policy's custom patterns that share no byte with
///    a built-in finding. Matches of several patterns that overlap are
///    joined into one finding (so nothing any pattern matched stays
///    visible), labelled by the pattern of the match that starts first
///    (at the same start, the pattern written first). A match of empty
///    text is never a finding;
/// 3. every finding an allow rule allows is dropped (see
///    [`Allow`](crate::Allow) for what a rule is tested against).
///
/// Never fails, never panics; time is linear in `text.len()` (for each
/// custom pattern, the `regex` crate's linear-time search). The findings
/// are sorted by their first byte and no two share a byte.
///
/// ```
/// use hush::{scan, Kind, Policy};
///
/// let text = "Customer: it's four one one one, one one one one\n\
///             Agent: uh huh\n\
///             Customer: one one one one, one one one one";
/// let findings = scan(text, &Policy::default());
/// assert_eq!(findings.len(), 1);
/// assert_eq!(findings[0].kind(), Kind::Card);
/// // One part per turn: the agent's "uh huh" stays.
/// assert_eq!(findings[0].parts().len(), 2);
/// ```
pub fn scan(text: &str, policy: &Policy) -> Vec<Finding> {
    crate::scanner::scan(text, policy)
}

/// [`scan`] of one piece of text, read whole.
pub(crate) fn scan_one(text: &str, policy: &Policy) -> Vec<Finding> {
    let mut findings = crate::detect::scan(text, policy);
    if !policy.patterns.is_empty() {
        let custom = custom(text, policy, &findings);
        if !custom.is_empty() {
            findings.extend(custom);
            crate::order::sort_by_key(&mut findings, |f| (f.span().start, 0));
        }
    }
    if !policy.allow.is_empty() {
        findings.retain(|f| !policy.allow.iter().any(|a| a.allows(text, f)));
    }
    findings
}

/// The custom findings: matches of the policy's patterns outside the
/// built-in findings, overlapping matches joined.
fn custom(text: &str, policy: &Policy, builtin: &[Finding]) -> Vec<Finding> {
    // The parts of different findings are disjoint, so sorted by start
    // they are sorted by end too, and a binary search finds the first part
    // that ends after a match starts.
    let mut taken: Vec<Span> =
        builtin.iter().flat_map(|f| f.parts()).copied().collect();
    taken.sort_unstable();
    let overlaps_builtin = |s: Span| {
        let i = taken.partition_point(|p| p.end <= s.start);
        taken.get(i).is_some_and(|p| p.start < s.end)
    };
    let mut matches: Vec<(Span, usize)> = Vec::new();
    for (i, pattern) in policy.patterns.iter().enumerate() {
        for m in pattern.compiled().find_iter(text) {
            let span = Span::new(m.start(), m.end());
            if !span.is_empty() && !overlaps_builtin(span) {
                matches.push((span, i));
            }
        }
    }
    matches.sort_unstable_by_key(|&(span, i)| (span.start, i));
    let mut joined: Vec<(Span, usize)> = Vec::with_capacity(matches.len());
    for (span, i) in matches {
        match joined.last_mut() {
            Some((last, _)) if span.start < last.end => {
                last.end = last.end.max(span.end);
            }
            _ => joined.push((span, i)),
        }
    }
    joined
        .into_iter()
        .filter_map(|(span, i)| {
            let pattern = &policy.patterns[i];
            let value = text.get(span.range())?;
            let reason = format!("matches the pattern '{}'", pattern.name());
            Some(Finding::custom(pattern.names().clone(), span, value, reason))
        })
        .collect()
}
