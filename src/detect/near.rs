//! A search of a sorted table that starts where the last one ended.
//!
//! The passes over the findings read them mostly in text order, and each
//! looks up the units or tokens where its finding lies. A binary search
//! of a long text's units reads a cache line far away at every step (a
//! run of digits one per line, 256 KB: 131,072 units of 88 bytes, 17
//! steps, for each of 6,400 findings); a search from the last answer
//! reads a few lines next to each other.

/// What [`slice::partition_point`] returns for `pred` over `v`, found by
/// galloping out from `hint` (the last answer, usually): `pred` holds for
/// a prefix of `v` and for nothing after it. Reads about 2 log2(d)
/// elements for an answer `d` places from `hint`, and never fewer than
/// one; a `hint` past the end is the end.
pub(super) fn partition_near<T>(
    v: &[T],
    hint: usize,
    pred: impl Fn(&T) -> bool,
) -> usize {
    let hint = hint.min(v.len());
    // Where the answer lies: at or after `hint` if the element before it
    // holds (or there is none), else before it.
    let after =
        hint.checked_sub(1).is_none_or(|k| v.get(k).is_some_and(&pred));
    if after {
        // Everything before `lo` holds; `lo + step - 1` is read next.
        let mut lo = hint;
        let mut step = 1;
        loop {
            let probe = lo.saturating_add(step - 1);
            match v.get(probe) {
                Some(x) if pred(x) => {
                    lo = probe + 1;
                    step = step.saturating_mul(2);
                }
                // The answer is in `lo..=probe`.
                Some(_) => return lo + search(v.get(lo..probe), &pred),
                None => return lo + search(v.get(lo..), &pred),
            }
        }
    } else {
        // Nothing from `hi` on holds (`hi` < `hint`, so `v[hi]` exists).
        let mut hi = hint - 1;
        let mut step = 1;
        loop {
            match hi.checked_sub(step) {
                Some(probe) if v.get(probe).is_some_and(&pred) => {
                    return probe + 1 + search(v.get(probe + 1..hi), &pred);
                }
                Some(probe) => {
                    hi = probe;
                    step = step.saturating_mul(2);
                }
                None => return search(v.get(..hi), &pred),
            }
        }
    }
}

/// [`slice::partition_point`] over `part`, none if there is no part.
fn search<T>(part: Option<&[T]>, pred: &impl Fn(&T) -> bool) -> usize {
    part.map_or(0, |p| p.partition_point(pred))
}

#[cfg(test)]
mod tests {
    use super::partition_near;

    /// The answer is [`slice::partition_point`]'s, from every hint, for
    /// every boundary, in tables with repeated values.
    #[test]
    fn is_the_partition_point_from_any_hint() {
        for len in 0..40usize {
            // Values that repeat: 0, 0, 1, 1, 2, ...
            let v: Vec<usize> = (0..len).map(|i| i / 2).collect();
            for bound in 0..=len / 2 + 1 {
                let pred = |x: &usize| *x < bound;
                let want = v.partition_point(pred);
                for hint in 0..=len + 3 {
                    assert_eq!(
                        partition_near(&v, hint, pred),
                        want,
                        "len {len}, bound {bound}, hint {hint}"
                    );
                }
            }
        }
    }

    /// Far from the hint too: a long table, answers and hints spread.
    #[test]
    fn long_tables() {
        let v: Vec<u32> = (0..100_000).map(|i| i * 3).collect();
        for (bound, hint) in
            [(0, 50_000), (299_999, 0), (150_001, 99_999), (7, 3), (8, 99)]
        {
            let pred = |x: &u32| *x < bound;
            assert_eq!(
                partition_near(&v, hint, pred),
                v.partition_point(pred)
            );
        }
    }
}
