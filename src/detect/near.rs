//! A search of a sorted table that starts where the last one ended.
//!
//! The passes over the findings read them mostly in text order, and each
//! looks up the units or tokens where its finding lies. A binary search
//! of a long text's units reads a cache line far away at every step (a
//! run of digits one per line, 256 KB: 131,072 units of 88 bytes, 17
//! steps, for each of 6,400 findings); a search from the last answer
//! reads a few lines next to each other.

/// What [`slice::partition_point`] returns for `pred` over `v`, found
/// from `hint` (the last answer, usually): `pred` holds for a prefix of
/// `v` and for nothing after it. The few elements next to `hint` are read
/// first, one after the other, and the answer is usually among them; else
/// the rest of the table on that side is searched as `partition_point`
/// searches it. A search that jumps far each time (a look back at the
/// question, then on at the answer) was a gallop of twice a binary
/// search's steps (digit-turns: +4.4% instructions); this one is a binary
/// search and [`NEAR`] reads more. A `hint` past the end is the end.
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
        // Everything before `k` holds.
        let stop = hint.saturating_add(NEAR).min(v.len());
        let mut k = hint;
        while k < stop {
            match v.get(k) {
                Some(x) if pred(x) => k += 1,
                _ => return k,
            }
        }
        k + search(v.get(k..), &pred)
    } else {
        // Nothing from `k` on holds (`k` < `hint`, so `v[k]` exists).
        let stop = hint.saturating_sub(1 + NEAR);
        let mut k = hint - 1;
        while k > stop {
            match v.get(k - 1) {
                Some(x) if pred(x) => return k,
                _ => k -= 1,
            }
        }
        search(v.get(..k), &pred)
    }
}

/// How many elements on from the hint [`partition_near`] reads one by one
/// before it searches: an answer within them costs no far read.
const NEAR: usize = 8;

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
