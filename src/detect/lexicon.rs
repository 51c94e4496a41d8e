//! The lexicon: number words ("four", "oh", "forty", "double"), the fillers
//! speech-to-text puts between them ("uh", "um") and the label phrases that
//! give a number its context ("card number", "social", "security code",
//! "order number").
//!
//! Every lookup takes a word already folded to ASCII lowercase; words with
//! other letters never match.

/// What a number word contributes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Num {
    /// "zero".."nine": one digit.
    Digit(u8),
    /// "oh", "o": a zero, but also an interjection, so it counts only next
    /// to other digits.
    Oh,
    /// "for", "to", "won", "ate": a digit only inside a digit sequence.
    Homophone(u8),
    /// "ten".."nineteen": two digits.
    Teen(u8),
    /// "twenty".."ninety": the tens digit; "forty one" is 41, "forty" alone
    /// is 40.
    Tens(u8),
    /// "hundred".
    Hundred,
    /// "thousand".
    Thousand,
    /// "double" (2), "triple" (3): repeats the next digit.
    Repeat(u8),
}

/// Returns what the lowercase word `w` means as a number word.
pub(crate) fn number_word(w: &str) -> Option<Num> {
    Some(match w {
        "zero" | "nought" | "naught" => Num::Digit(0),
        "oh" | "o" => Num::Oh,
        "one" => Num::Digit(1),
        "two" => Num::Digit(2),
        "three" => Num::Digit(3),
        "four" => Num::Digit(4),
        "five" => Num::Digit(5),
        "six" => Num::Digit(6),
        "seven" => Num::Digit(7),
        "eight" => Num::Digit(8),
        "nine" => Num::Digit(9),
        "won" => Num::Homophone(1),
        "to" | "too" => Num::Homophone(2),
        "for" | "fore" => Num::Homophone(4),
        "ate" => Num::Homophone(8),
        "ten" => Num::Teen(10),
        "eleven" => Num::Teen(11),
        "twelve" => Num::Teen(12),
        "thirteen" => Num::Teen(13),
        "fourteen" => Num::Teen(14),
        "fifteen" => Num::Teen(15),
        "sixteen" => Num::Teen(16),
        "seventeen" => Num::Teen(17),
        "eighteen" => Num::Teen(18),
        "nineteen" => Num::Teen(19),
        "twenty" => Num::Tens(2),
        "thirty" => Num::Tens(3),
        "forty" | "fourty" => Num::Tens(4),
        "fifty" => Num::Tens(5),
        "sixty" => Num::Tens(6),
        "seventy" => Num::Tens(7),
        "eighty" => Num::Tens(8),
        "ninety" => Num::Tens(9),
        "hundred" => Num::Hundred,
        "thousand" => Num::Thousand,
        "double" => Num::Repeat(2),
        "triple" => Num::Repeat(3),
        _ => return None,
    })
}

/// Returns true for hesitation words that may sit between the digits of one
/// number ("5358, uh, nine two nine two").
pub(crate) fn is_filler(w: &str) -> bool {
    matches!(
        w,
        "uh" | "um"
            | "umm"
            | "uhh"
            | "uhm"
            | "er"
            | "erm"
            | "ah"
            | "ahh"
            | "eh"
            | "hmm"
            | "hm"
            | "mm"
            | "mhm"
    )
}

/// Returns true for words that may join two groups of one number when read
/// aloud ("four one one one and then five five").
pub(crate) fn is_joining_word(w: &str) -> bool {
    matches!(w, "and" | "then" | "dash" | "slash" | "space")
}

/// Returns the month (1-12) for a month name or its abbreviation.
pub(crate) fn month(w: &str) -> Option<u8> {
    Some(match w {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

/// What a label phrase says the nearby number is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Cat {
    /// A card number: "card", "visa", "long number on the front".
    Card,
    /// An SSN: "SSN", "social", "SS#".
    Ssn,
    /// A security code: "CVV", "security code", "code on the back".
    Cvv,
    /// An expiry date: "exp", "expires", "valid thru".
    Expiry,
    /// The last four digits of a card or SSN, which may be shown: "last
    /// four", "ending in".
    Last4,
    /// Some other number: "order", "tracking", "IMEI", "phone", "case".
    Other,
}

impl Cat {
    /// Returns true for the categories that name one of our secrets (or its
    /// last four digits), as opposed to another kind of number.
    pub(crate) fn is_secret(self) -> bool {
        self != Cat::Other
    }
}

/// Phrases that start with the word `w`, each as the rest of its words and
/// its category. Longer phrases come first: the matcher takes the first
/// that fits.
pub(crate) fn phrases(w: &str) -> &'static [(&'static [&'static str], Cat)] {
    use Cat::*;
    match w {
        "card" | "cards" => &[
            (&["ending", "in"], Last4),
            (&["ending"], Last4),
            (&["ends", "in"], Last4),
            (&[], Card),
        ],
        "cc" | "ccn" | "pan" | "visa" | "mastercard" | "amex" | "discover"
        | "jcb" | "unionpay" | "maestro" => &[(&[], Card)],
        "credit" | "debit" | "bank" => &[(&["card"], Card)],
        "master" | "union" => &[(&["card"], Card), (&["pay"], Card)],
        "american" => &[(&["express"], Card)],
        "diners" => &[(&["club"], Card), (&[], Card)],
        "long" => &[(&["number"], Card)],
        "number" => &[(&["on", "the", "front"], Card)],
        "pmt" | "payment" => &[(&["method"], Card), (&["card"], Card)],
        "ssn" | "ssns" | "ss" | "socsec" | "ssan" => &[(&[], Ssn)],
        "social" => &[
            (&["security", "number"], Ssn),
            (&["security", "no"], Ssn),
            (&["security"], Ssn),
            (&["sec"], Ssn),
            (&["media"], Other),
            (&[], Ssn),
        ],
        "soc" => &[(&["sec"], Ssn), (&[], Ssn)],
        "taxpayer" => &[(&["id"], Ssn)],
        "cvv" | "cvv2" | "cvc" | "cvc2" | "cid" | "csc" | "cvn" | "cav"
        | "cvd" => &[(&[], Cvv)],
        "security" => {
            &[(&["code"], Cvv), (&["number"], Cvv), (&["digits"], Cvv)]
        }
        "sec" => &[(&["code"], Cvv)],
        "code" => &[
            (&["on", "the", "back", "of", "the", "card"], Cvv),
            (&["on", "the", "back", "of", "your", "card"], Cvv),
            (&["on", "the", "back", "of", "my", "card"], Cvv),
            (&["on", "the", "back"], Cvv),
            (&["on", "back"], Cvv),
        ],
        "back" => &[
            (&["of", "the", "card"], Cvv),
            (&["of", "your", "card"], Cvv),
            (&["of", "my", "card"], Cvv),
        ],
        "on" => &[(&["the", "back"], Cvv)],
        "digit" => &[(&["code"], Cvv), (&["security", "code"], Cvv)],
        "v" => &[(&["code"], Cvv)],
        "verification" => &[(&["code"], Cvv), (&["number"], Cvv)],
        "exp" | "expiry" | "expiration" | "expires" | "expire" | "expired"
        | "expiring" | "xp" => &[(&[], Expiry)],
        "valid" | "good" => &[
            (&["thru"], Expiry),
            (&["through"], Expiry),
            (&["until"], Expiry),
        ],
        "mm" => &[(&["yy"], Expiry)],
        "last" => &[(&["four"], Last4), (&["4"], Last4), (&["digits"], Last4)],
        "ending" | "ends" => &[(&["in"], Last4), (&[], Last4)],
        "order" | "invoice" | "inv" | "tracking" | "ups" | "fedex"
        | "usps" | "dhl" | "imei" | "meid" | "iccid" | "sim" | "acct"
        | "case" | "ticket" | "member" | "membership" | "policy" | "claim"
        | "confirmation" | "conf" | "reference" | "ref" | "transaction"
        | "txn" | "routing" | "aba" | "sku" | "part" | "model" | "phone"
        | "callback" | "cell" | "mobile" | "tel" | "telephone" | "fax"
        | "zip" | "postal" | "ein" | "rewards" | "loyalty" | "extension"
        | "ext" | "apt" | "suite" | "room" | "badge" | "employee" | "rma"
        | "license" | "passport" | "vin" | "upc" | "isbn" | "ean" | "gtin"
        | "dob" | "birth" | "born" | "confirmation#" | "auth"
        | "authorization" | "voucher" | "coupon" | "promo" | "gift"
        | "receipt" | "shipment" | "package" | "parcel" | "waybill"
        | "pnr" | "booking" | "reservation" | "itinerary" | "id" => {
            &[(&[], Other)]
        }
        "serial" => &[
            (&["on", "the", "back"], Other),
            (&["number"], Other),
            (&[], Other),
        ],
        "account" => &[(&["number"], Other), (&["no"], Other)],
        "call" => &[(&["back"], Other), (&["me"], Other)],
        "tax" | "employer" | "customer" | "device" => &[(&["id"], Other)],
        "date" => &[(&["of", "birth"], Other)],
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_words() {
        assert_eq!(number_word("forty"), Some(Num::Tens(4)));
        assert_eq!(number_word("oh"), Some(Num::Oh));
        assert_eq!(number_word("double"), Some(Num::Repeat(2)));
        assert_eq!(number_word("for"), Some(Num::Homophone(4)));
        assert_eq!(number_word("four"), Some(Num::Digit(4)));
        assert_eq!(number_word("fourth"), None);
    }

    #[test]
    fn phrase_tables_put_longer_phrases_first() {
        for w in ["card", "code", "back", "last", "security"] {
            let ps = phrases(w);
            // Within one start word, a shorter phrase must never come
            // before a longer one that shares its words.
            for (i, p) in ps.iter().enumerate() {
                for q in &ps[i + 1..] {
                    assert!(
                        !(q.0.len() > p.0.len() && q.0.starts_with(p.0)),
                        "{w}: {:?} shadows {:?}",
                        p.0,
                        q.0
                    );
                }
            }
        }
    }
}
