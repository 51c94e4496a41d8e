//! A summary counts findings by kind, for the line a person reads first:
//! "2 card numbers, 1 SSN, 1 CVV, 1 expiry date redacted".

use std::fmt;

use crate::finding::{Finding, Kind};

/// The number of findings of each kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    counts: [usize; 4],
}

impl Summary {
    /// Counts `findings` by kind.
    pub fn of(findings: &[Finding]) -> Summary {
        let mut counts = [0; 4];
        for f in findings {
            counts[f.kind() as usize] += 1;
        }
        Summary { counts }
    }

    /// The number of findings of `kind`.
    pub fn count(&self, kind: Kind) -> usize {
        self.counts[kind as usize]
    }

    /// The number of findings of every kind.
    pub fn total(&self) -> usize {
        self.counts.iter().sum()
    }
}

/// "2 card numbers, 1 SSN redacted", or "nothing to redact".
///
/// ```
/// use hush::{scan, Policy, Summary};
/// let text = "card 4111 1111 1111 1111, SSN 123-13-7435";
/// let summary = Summary::of(&scan(text, &Policy::default()));
/// assert_eq!(summary.to_string(), "1 card number, 1 SSN redacted");
/// ```
impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.total() == 0 {
            return f.write_str("nothing to redact");
        }
        let mut first = true;
        for kind in Kind::ALL {
            let n = self.count(kind);
            if n == 0 {
                continue;
            }
            if !first {
                f.write_str(", ")?;
            }
            first = false;
            let noun = if n == 1 { kind.noun() } else { kind.plural() };
            write!(f, "{n} {noun}")?;
        }
        f.write_str(" redacted")
    }
}
