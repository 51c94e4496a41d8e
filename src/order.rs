//! Sorting lists of findings, spans and pieces by their place in the text,
//! with one copy of the sort code.
//!
//! Each `sort_by_key` call with its own closure is a separate copy of the
//! standard library's sort in the compiled program: 2 to 9 KB of
//! WebAssembly each, since the hush crate is built at `opt-level = 3`, and
//! the web app had dozens of them (about 140 KB of its code before gzip).
//! [`sort_by_key`] sorts the keys alone, in one function that every caller
//! shares, and then moves the items into that order, which is a few dozen
//! bytes per caller.

/// Sorts `items` by `key`, stably: items with equal keys keep their order,
/// as with [`slice::sort_by_key`]. Keys are pairs of `usize` (a start and
/// an end, or a start and a tie-breaker); a key of one number is
/// `(n, 0)`.
///
/// ```
/// let mut words = vec!["pear", "fig", "apple", "kiwi"];
/// hush::order::sort_by_key(&mut words, |w| (w.len(), 0));
/// assert_eq!(words, ["fig", "pear", "kiwi", "apple"]);
/// ```
pub fn sort_by_key<T>(
    items: &mut Vec<T>,
    mut key: impl FnMut(&T) -> (usize, usize),
) {
    let mut keys: Vec<(usize, usize, usize)> = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let (a, b) = key(item);
            (a, b, i)
        })
        .collect();
    if keys.windows(2).all(|w| w[0] <= w[1]) {
        return;
    }
    sort_keys(&mut keys);
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    // `keys` holds each index of `slots` once, so every slot is taken.
    items.extend(
        keys.iter()
            .filter_map(|&(_, _, i)| slots.get_mut(i).and_then(Option::take)),
    );
}

/// Adds `more` to `items` and sorts them by `key`, stably, as
/// [`sort_by_key`] sorts `items` followed by `more`; when each list is in
/// order already (as a rule), by merging them in place from the back, in
/// time linear in both and with no second copy of `items`.
///
/// ```
/// let mut a = vec![(1, 'a'), (3, 'a'), (5, 'a')];
/// hush::order::merge_by_key(&mut a, vec![(3, 'b'), (4, 'b')], |x| (x.0, 0));
/// assert_eq!(a, [(1, 'a'), (3, 'a'), (3, 'b'), (4, 'b'), (5, 'a')]);
/// ```
pub fn merge_by_key<T: Copy>(
    items: &mut Vec<T>,
    more: Vec<T>,
    mut key: impl FnMut(&T) -> (usize, usize),
) {
    let sorted = |v: &[T], key: &mut dyn FnMut(&T) -> (usize, usize)| {
        v.windows(2).all(|w| match w {
            [a, b] => key(a) <= key(b),
            _ => true,
        })
    };
    if !sorted(items, &mut key) || !sorted(&more, &mut key) {
        items.extend(more);
        sort_by_key(items, key);
        return;
    }
    let Some(&fill) = more.first() else { return };
    // From the back: the larger of the two last items goes last; of two
    // equal keys the one of `more`, which a stable sort puts after.
    let (mut i, mut j) = (items.len(), more.len());
    items.resize(i + j, fill);
    while let Some(b) = j.checked_sub(1).and_then(|j| more.get(j)) {
        let a = i.checked_sub(1).and_then(|i| items.get(i)).copied();
        let next = match a {
            Some(a) if key(&a) > key(b) => {
                i -= 1;
                a
            }
            _ => {
                j -= 1;
                *b
            }
        };
        if let Some(slot) = items.get_mut(i + j) {
            *slot = next;
        }
    }
}

/// The one sort of the crate's keys: the index (last) makes every key
/// distinct, so the unstable sort gives the stable order.
#[inline(never)]
fn sort_keys(keys: &mut [(usize, usize, usize)]) {
    keys.sort_unstable();
}

#[cfg(test)]
mod tests {
    use super::sort_by_key;

    #[test]
    fn sorts_stably_like_the_standard_library() {
        let cases: [&[(usize, usize)]; 5] = [
            &[],
            &[(3, 0)],
            &[(2, 1), (1, 5), (2, 0), (1, 5), (0, 9), (2, 1)],
            &[(5, 5), (4, 4), (3, 3), (2, 2), (1, 1)],
            &[(1, 1), (1, 1), (1, 1)],
        ];
        for case in cases {
            // Tag each item with its place so stability is visible.
            let items: Vec<((usize, usize), usize)> =
                case.iter().copied().zip(0..).collect();
            let mut ours = items.clone();
            sort_by_key(&mut ours, |&(k, _)| k);
            let mut std = items;
            std.sort_by_key(|&(k, _)| k);
            assert_eq!(ours, std, "{case:?}");
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod props {
        use proptest::prelude::*;

        use crate::order::{merge_by_key, sort_by_key};

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(512))]

            /// Any list, with many equal keys: the same order as the
            /// standard library's stable sort.
            #[test]
            fn same_order_as_the_stable_sort(
                keys in proptest::collection::vec((0usize..6, 0usize..3), 0..80),
            ) {
                let items: Vec<((usize, usize), usize)> =
                    keys.into_iter().zip(0..).collect();
                let mut ours = items.clone();
                sort_by_key(&mut ours, |&(k, _)| k);
                let mut std = items;
                std.sort_by_key(|&(k, _)| k);
                prop_assert_eq!(ours, std);
            }

            /// Two lists, each sorted or not: the order of a stable sort
            /// of the one after the other.
            #[test]
            fn merged_as_the_two_sorted_one_after_the_other(
                a in proptest::collection::vec((0usize..6, 0usize..3), 0..40),
                b in proptest::collection::vec((0usize..6, 0usize..3), 0..40),
                sort_a in any::<bool>(),
                sort_b in any::<bool>(),
            ) {
                let mut a: Vec<((usize, usize), usize)> =
                    a.into_iter().zip(0..).collect();
                let mut b: Vec<((usize, usize), usize)> =
                    b.into_iter().zip(100..).collect();
                if sort_a {
                    a.sort_by_key(|&(k, _)| k);
                }
                if sort_b {
                    b.sort_by_key(|&(k, _)| k);
                }
                let mut std = a.clone();
                std.extend(b.iter().copied());
                std.sort_by_key(|&(k, _)| k);
                let mut ours = a;
                merge_by_key(&mut ours, b, |&(k, _)| k);
                prop_assert_eq!(ours, std);
            }
        }
    }
}
