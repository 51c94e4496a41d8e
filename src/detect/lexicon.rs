//! The lexicon: number words ("four", "oh", "forty", "double"), the fillers
//! speech-to-text puts between them ("uh", "um") and the label phrases that
//! give a number its context ("card number", "social", "security code",
//! "order number").
//!
//! The tables are data; [`lookup`] turns a word into an id once, when the
//! text is cut into tokens, and every later stage asks [`get`] what the
//! word is. Words are matched in ASCII lowercase, Latin letters with
//! accents without them. English and Spanish are read in full (numbers
//! said as words too); the card form labels of French, Italian,
//! Portuguese, German and Dutch ("cryptogramme", "scadenza", "gültig
//! bis") are here as well, and the label words of languages in other
//! scripts are in [`foreign`].

use std::sync::LazyLock;

mod foreign;

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
    /// "thousand", "mil".
    Thousand,
    /// A word for a whole hundreds digit, as Spanish says them: "cien" and
    /// "ciento" (1), "doscientos" (2) ... "novecientos" (9), followed by
    /// what is below 100 ("trescientos ochenta y siete" is 387).
    Hundreds(u8),
    /// A digit in the plural, which a count before it repeats, as Spanish
    /// says "dos ceros" (00) and "tres sietes" (777); alone, no number.
    Plural(u8),
    /// "double" (2), "triple" (3): repeats the next digit.
    Repeat(u8),
}

/// Number words and what they contribute.
const NUMBERS: &[(&[&str], Num)] = {
    use Num::*;
    &[
        (&["zero", "nought", "naught"], Digit(0)),
        (&["oh", "o"], Oh),
        (&["one"], Digit(1)),
        (&["two"], Digit(2)),
        (&["three"], Digit(3)),
        (&["four"], Digit(4)),
        (&["five"], Digit(5)),
        (&["six"], Digit(6)),
        (&["seven"], Digit(7)),
        (&["eight"], Digit(8)),
        (&["nine"], Digit(9)),
        // The radio alphabet's "niner" (said by those trained on it, and
        // written so by recognisers and captioners).
        (&["niner"], Digit(9)),
        // What speech-to-text writes for digits it mishears (seen in the
        // output of a real recogniser, see shared/SETUP.md): digits only
        // among other digits.
        (&["won"], Homophone(1)),
        (&["to", "too"], Homophone(2)),
        (&["free", "there", "tree"], Homophone(3)),
        (&["for", "fore", "far", "fower"], Homophone(4)),
        // The radio alphabet's "fife" for five ("tree" above for three).
        (&["fife"], Homophone(5)),
        (&["ate", "aid", "made", "page"], Homophone(8)),
        (&["sex", "sick"], Homophone(6)),
        (&["mine", "line", "nein", "mind"], Homophone(9)),
        // "of", "or", "our" for "oh": only between two single digits (see
        // `units`), else "of" joins ("oh seven of twenty six").
        (&["of", "or", "our"], Homophone(0)),
        (&["ten"], Teen(10)),
        (&["eleven"], Teen(11)),
        (&["twelve"], Teen(12)),
        (&["thirteen"], Teen(13)),
        (&["fourteen"], Teen(14)),
        (&["fifteen"], Teen(15)),
        (&["sixteen"], Teen(16)),
        (&["seventeen"], Teen(17)),
        (&["eighteen"], Teen(18)),
        (&["nineteen"], Teen(19)),
        (&["twenty"], Tens(2)),
        (&["thirty"], Tens(3)),
        (&["forty", "fourty"], Tens(4)),
        (&["fifty"], Tens(5)),
        (&["sixty"], Tens(6)),
        (&["seventy"], Tens(7)),
        (&["eighty"], Tens(8)),
        (&["ninety"], Tens(9)),
        (&["hundred"], Hundred),
        (&["thousand"], Thousand),
        (&["double"], Repeat(2)),
        (&["triple"], Repeat(3)),
    ]
};

/// Spanish number words, as a Spanish speaker reads a card, a code or an
/// SSN: digit by digit ("cuatro cinco nueve cinco"), in pairs ("cuarenta y
/// cinco", "veintidós") or in hundreds ("trescientos ochenta y siete").
/// Accented words are looked up without their accents
/// ([`lookup_folded`]). "un" and "una" are articles first and are left
/// out. "once" is also English ("once I get the card"): it is 11 only next
/// to another Spanish number word (see [`Lex::spanish`]).
const SPANISH: &[(&[&str], Num)] = {
    use Num::*;
    &[
        (&["cero"], Digit(0)),
        (&["uno"], Digit(1)),
        (&["dos"], Digit(2)),
        (&["tres"], Digit(3)),
        (&["cuatro"], Digit(4)),
        (&["cinco"], Digit(5)),
        (&["seis"], Digit(6)),
        (&["siete"], Digit(7)),
        (&["ocho"], Digit(8)),
        (&["nueve"], Digit(9)),
        // Spellings of people who write as they hear ("sinco", "nuebe").
        (&["sero"], Digit(0)),
        (&["quatro"], Digit(4)),
        (&["sinco"], Digit(5)),
        (&["nuebe"], Digit(9)),
        (&["diez"], Teen(10)),
        (&["once"], Homophone(11)),
        (&["doce"], Teen(12)),
        (&["trece"], Teen(13)),
        (&["catorce"], Teen(14)),
        (&["quince"], Teen(15)),
        (&["dieciseis"], Teen(16)),
        (&["diecisiete"], Teen(17)),
        (&["dieciocho"], Teen(18)),
        (&["diecinueve"], Teen(19)),
        // "veintiuno".."veintinueve" are one word each: two digits, as a
        // teen is.
        (&["veintiuno", "veintiun"], Teen(21)),
        (&["veintidos"], Teen(22)),
        (&["veintitres"], Teen(23)),
        (&["veinticuatro"], Teen(24)),
        (&["veinticinco"], Teen(25)),
        (&["veintiseis"], Teen(26)),
        (&["veintisiete"], Teen(27)),
        (&["veintiocho"], Teen(28)),
        (&["veintinueve"], Teen(29)),
        (&["veinte", "beinte"], Tens(2)),
        (&["treinta"], Tens(3)),
        (&["cuarenta"], Tens(4)),
        (&["cincuenta"], Tens(5)),
        (&["sesenta"], Tens(6)),
        (&["setenta"], Tens(7)),
        (&["ochenta"], Tens(8)),
        (&["noventa"], Tens(9)),
        (&["cien", "ciento"], Hundreds(1)),
        (&["doscientos"], Hundreds(2)),
        (&["trescientos"], Hundreds(3)),
        (&["cuatrocientos"], Hundreds(4)),
        (&["quinientos"], Hundreds(5)),
        (&["seiscientos"], Hundreds(6)),
        (&["setecientos"], Hundreds(7)),
        (&["ochocientos"], Hundreds(8)),
        (&["novecientos"], Hundreds(9)),
        (&["mil"], Thousand),
        (&["doble"], Repeat(2)),
        (&["ceros"], Plural(0)),
        (&["unos"], Plural(1)),
        (&["doses"], Plural(2)),
        (&["treses"], Plural(3)),
        (&["cuatros"], Plural(4)),
        (&["cincos"], Plural(5)),
        (&["seises"], Plural(6)),
        (&["sietes"], Plural(7)),
        (&["ochos"], Plural(8)),
        (&["nueves"], Plural(9)),
    ]
};

/// Hesitation words that may sit between the digits of one number ("5358,
/// uh, nine two nine two").
const FILLERS: &[&str] = &[
    "okay", "ok", "like", "uh", "um", "umm", "uhh", "uhm", "er", "erm", "ah",
    "ahh", "eh", "hmm", "hm", "mm", "mhm",
    // Spanish: "cuatro cinco, este, nueve", "33 55 94 em 33 51".
    "este", "pues", "mmm", "em",
];

/// Acknowledgements the other speaker says between two parts of a number
/// read aloud ("uh huh", "got it, go ahead", "next four"): in a transcript
/// with no speaker labels, or run together on one line, they are all that
/// separates the parts.
const ACKS: &[&str] = &[
    "huh",
    "mhm",
    "yes",
    "yeah",
    "yep",
    "yup",
    "sure",
    "right",
    "alright",
    "got",
    "it",
    "go",
    "ahead",
    "next",
    "continue",
    "keep",
    "going",
    "perfect",
    "great",
    "thanks",
    "thank",
    "you",
    "the",
    "rest",
    "and",
    "then",
    // "the next ones are 0247".
    "ones",
    "are",
    // Spanish: "ajá", "sí", "okey", "perfecto, siga".
    "aja",
    "si",
    "okey",
    "perfecto",
    "claro",
    "listo",
    "siga",
    "adelante",
    "dale",
    "bien",
    // "muy bien": the whole of a Spanish acknowledgement.
    "muy",
    "gracias",
    "andele",
    "y",
    "luego",
    "despues",
    "el",
    "resto",
    "sigue",
    "siguiente",
];

/// Words that may join two groups of one number read aloud ("four one one
/// one and then five five").
const JOINING: &[&str] = &[
    "of", "year", "and", "then", "dash", "slash", "space", "dashed",
    // Spanish: "cero siete del veinticinco" (07 of 25), "ocho del año
    // veintisiete" ("año" looked up as "ano").
    "del", "ano", // "slash" as a recogniser hears it.
    "slashed", "flash",
];

/// Words before "one" that make it a pronoun ("the one from Target").
const DETERMINERS: &[&str] = &[
    "the", "that", "this", "which", "each", "every", "any", "no", "another",
    "other", "new", "old", "right", "wrong", "same",
];

/// Words a speaker may say after the first part of a number, before the
/// other speaker acknowledges it.
const TAIL_WORDS: &[&str] = &["and", "then", "so", "okay", "ok"];

/// Words a speaker may say before going on with a number.
const LEAD_WORDS: &[&str] = &[
    "are",
    "were",
    "digits",
    "numbers",
    "group",
    "part",
    "last",
    "and",
    "then",
    "so",
    "okay",
    "ok",
    "yeah",
    "yes",
    "yep",
    "sure",
    "next",
    "it",
    "s",
    "is",
    "the",
    "rest",
    "that",
    "sorry",
    "alright",
    "right",
    "after",
    "continuing",
    "oh",
    "o",
    // "second half", "other half"; Japanese "後半" (the second half),
    // "残り" (the rest), "続き" (what follows).
    "second",
    "half",
    "other",
    "後半",
    "残り",
    "続き",
    // "what follows is", "what comes next is".
    "what",
    "follows",
    "comes",
    // Spanish: "y luego 3580", "el resto es", "los últimos son", "lo que
    // sigue es", "después viene".
    "y",
    "luego",
    "despues",
    "el",
    "resto",
    "es",
    "son",
    "los",
    "ultimos",
    "sigue",
    "siguen",
    "lo",
    "que",
    "viene",
    "vienen",
];

/// Other words the detectors look for by name.
const OTHER_WORDS: &[&str] = &[
    // Spanish "and", between tens and units ("cuarenta y cinco").
    "y",
    // Spanish "of" between a month and its year ("julio de 2027", "julio
    // del veintisiete").
    "de",
    "del",
    // Spanish length nouns and counting words (`LENGTH_NOUNS`,
    // `COUNTING`).
    "numeros",
    "digitos",
    "numeritos",
    "digito",
    "ultimos",
    "primeros",
    "siguientes",
    // Around a correction ("no that's my husband's sorry, mine is...",
    // "transposed digits; correct: ...": see `cue_word`).
    "correct",
    "transposed",
    "wrong",
    "my",
    "mine",
    "own",
    "husband",
    "wife",
    "partner",
    "mom",
    "dad",
    "mother",
    "father",
    "son",
    "daughter",
    "brother",
    "sister",
    "quite",
    "start",
    "again",
    "let",
    "me",
    "hold",
    "over",
    "repeat",
    "wait",
    "actually",
    "correction",
    "oops",
    "mean",
    "meant",
    "rather",
    "scratch",
    "nope",
    "not",
    "make",
    "i",
    "digits",
    "can",
    "could",
    "would",
    "do",
    "does",
    "did",
    "may",
    "are",
    "will",
    "number",
    "no",
    "account",
    "acct",
    "text",
    "texted",
    "sent",
    "send",
    "sms",
    "email",
    "emailed",
    "message",
    "dollars",
    "bucks",
    "cents",
    "percent",
    "usd",
    "of",
    "a",
    "few",
    "couple",
    "just",
    "first",
    "remaining",
    "final",
    "what",
    "which",
    "how",
    "when",
    "where",
    "who",
    "why",
    "rest",
    "more",
    "else",
    "continue",
    "go",
    // Corrections typed in a note ("761 corr 671", "(typo)", "cust
    // corrected:") or said ("hang on", "I said", "should be").
    "corr",
    "corrected",
    "typo",
    // What a TTY or relay user types to take back what came before it
    // ("9773 XXX 9737").
    "xxx",
    "xx",
    "hang",
    "restarted",
    "restart",
    "restarts",
    "cust",
    "cx",
    "said",
    "should",
    "be",
    "m",
    "says",
    "its",
    "crosstalk",
    "was",
    "pardon",
    "catch",
    "hear",
    "missed",
    "cut",
    "broke",
];

/// Month names and abbreviations.
const MONTHS: &[(&[&str], u8)] = &[
    (&["january", "jan"], 1),
    (&["february", "feb"], 2),
    (&["march", "mar"], 3),
    (&["april", "apr"], 4),
    (&["may"], 5),
    (&["june", "jun"], 6),
    (&["july", "jul"], 7),
    (&["august", "aug"], 8),
    (&["september", "sep", "sept"], 9),
    (&["october", "oct"], 10),
    (&["november", "nov"], 11),
    (&["december", "dec"], 12),
    // Spanish: "vence en julio del veintisiete".
    (&["enero"], 1),
    (&["febrero"], 2),
    (&["marzo"], 3),
    (&["abril"], 4),
    (&["mayo"], 5),
    (&["junio"], 6),
    (&["julio"], 7),
    (&["agosto"], 8),
    (&["septiembre", "setiembre"], 9),
    (&["octubre"], 10),
    (&["noviembre"], 11),
    (&["diciembre"], 12),
];

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

    /// The category as one bit of a set.
    pub(crate) const fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// The card brands, each a card label of its own ("visa 4539 ...").
pub(crate) const BRANDS: &[&str] =
    &["visa", "mastercard", "amex", "discover", "jcb", "unionpay", "maestro"];

/// Label phrases that start with one word: the rest of each phrase's words
/// and its category.
type Phrases = &'static [(&'static [&'static str], Cat)];

/// Label phrases by their first word: the rest of each phrase's words and
/// its category. Longer phrases come first: the matcher takes the first that
/// fits.
const PHRASES: &[(&[&str], Phrases)] = {
    use Cat::*;
    &[
        (
            &["card", "cards"],
            &[
                (&["ending", "in"], Last4),
                (&["ending"], Last4),
                (&["ends", "in"], Last4),
                (&["verification", "code"], Cvv),
                (&["verification", "value"], Cvv),
                (&["security", "code"], Cvv),
                // A CRM's "card on file updated to ...".
                (&["on", "file"], Card),
                (&[], Card),
            ],
        ),
        (BRANDS, &[(&[], Card)]),
        (
            &[
                "cc",
                "ccn",
                "pan",
                // Spanish: "mi tarjeta es ...".
                "tarjeta",
                // Portuguese "cartão", German "Kreditkarte",
                // "Kartennummer", Dutch "kaartnummer", as card forms and
                // notes copied from them name the card.
                "cartao",
                "kreditkarte",
                "kartennummer",
                "kaartnummer",
            ],
            &[(&[], Card)],
        ),
        // French "carte", Italian "carta", German "Karte"; a French health
        // insurance card ("carte vitale", whose number has 15 digits) and
        // an identity card are not payment cards.
        (
            &["carte", "carta", "karte"],
            &[
                (&["vitale"], Other),
                (&["d", "identite"], Other),
                (&["d", "identita"], Other),
                (&["identite"], Other),
                (&["sanitaria"], Other),
                (&[], Card),
            ],
        ),
        (&["credit", "debit", "bank"], &[(&["card"], Card)]),
        (&["master", "union"], &[(&["card"], Card), (&["pay"], Card)]),
        (&["american"], &[(&["express"], Card)]),
        (&["diners"], &[(&["club"], Card), (&[], Card)]),
        (&["long"], &[(&["number"], Card)]),
        // "card number" as a recogniser may hear it: the final "d" lost
        // or heard as a "t". (A car's own number is an other number's
        // label, [`OTHER_LENGTHS`], with "number" said elsewhere.)
        (&["cart", "car"], &[(&["number"], Card)]),
        (&["number"], &[(&["on", "the", "front"], Card)]),
        (&["pmt", "payment"], &[(&["method"], Card), (&["card"], Card)]),
        // "socials": a household's SSNs ("our socials are ...").
        (&["ssn", "ssns", "ss", "socsec", "ssan", "socials"], &[(&[], Ssn)]),
        (
            &["social"],
            &[
                (&["security", "number"], Ssn),
                (&["security", "no"], Ssn),
                (&["security"], Ssn),
                (&["sec"], Ssn),
                (&["media"], Other),
                (&[], Ssn),
            ],
        ),
        (&["soc"], &[(&["sec"], Ssn), (&[], Ssn)]),
        (&["taxpayer"], &[(&["id"], Ssn)]),
        (
            &[
                "cvv", "cvv2", "cvc", "cvc2", "cid", "csc", "cvn", "cav",
                "cvd", "cv", "cv2",
            ],
            &[(&[], Cvv)],
        ),
        (
            &["security"],
            &[
                (&["code"], Cvv),
                (&["number"], Cvv),
                (&["digits"], Cvv),
                // A recogniser's "code".
                (&["coat"], Cvv),
                (&["card"], Cvv),
            ],
        ),
        // A recogniser's spellings of "social security" and "security":
        // "so show security number", "secure ity code".
        (
            &["show"],
            &[
                (&["security", "number"], Ssn),
                (&["security", "numbers"], Ssn),
                (&["secure", "ity", "number"], Ssn),
                (&["secure", "ity", "numbers"], Ssn),
            ],
        ),
        // "card verification code" as "current verification code".
        (&["current"], &[(&["verification", "code"], Cvv)]),
        // And "social" as "so shell" ("let's hear your so shell").
        (
            &["so"],
            &[
                (&["shell", "security", "number"], Ssn),
                (&["shell", "security"], Ssn),
                (&["shell"], Ssn),
            ],
        ),
        (
            &["secure"],
            &[
                (&["ity", "code"], Cvv),
                (&["ity", "coat"], Cvv),
                (&["ity", "number"], Cvv),
            ],
        ),
        (&["sec"], &[(&["code"], Cvv), (&["deposit"], Other), (&[], Cvv)]),
        (
            &["signature"],
            &[(&["strip"], Cvv), (&["panel"], Cvv), (&["box"], Cvv)],
        ),
        // Spanish: "código de seguridad", "código 776"; "código postal"
        // is a ZIP code.
        (
            &["codigo"],
            &[(&["postal"], Other), (&["de", "seguridad"], Cvv), (&[], Cvv)],
        ),
        // Spanish: "válida hasta", "¿hasta cuándo es válida?".
        (&["valida", "valido"], &[(&["hasta"], Expiry), (&[], Expiry)]),
        // French "valable jusqu'au", German "gültig bis", Dutch "geldig
        // tot".
        (&["valable"], &[(&["jusqu"], Expiry), (&["jusqu", "au"], Expiry)]),
        (&["gultig", "gueltig"], &[(&["bis"], Expiry)]),
        (&["geldig"], &[(&["tot"], Expiry)]),
        // French "cryptogramme", German "Prüfnummer", "Prüfziffer",
        // "Sicherheitscode", Dutch "beveiligingscode": the card's code.
        (
            &[
                "cryptogramme",
                "prufnummer",
                "kartenprufnummer",
                "prufziffer",
                "sicherheitscode",
                "beveiligingscode",
            ],
            &[(&[], Cvv)],
        ),
        // Italian "codice di sicurezza"; a tax code, a postcode and a
        // customer code are other numbers.
        (
            &["codice"],
            &[
                (&["fiscale"], Other),
                (&["postale"], Other),
                (&["cliente"], Other),
                (&["di", "sicurezza"], Cvv),
                (&[], Cvv),
            ],
        ),
        // Spanish: "número de seguro social".
        (&["seguro"], &[(&["social"], Ssn)]),
        // Spanish: "los tres números de atrás (de la tarjeta)", "los
        // dígitos del reverso": the code on the back.
        (
            &["numeros", "digitos", "numeritos"],
            &[
                (&["de", "atras", "de", "la", "tarjeta"], Cvv),
                (&["de", "atras"], Cvv),
                (&["atras"], Cvv),
                (&["de", "detras"], Cvv),
                (&["del", "reverso"], Cvv),
            ],
        ),
        (
            &["code"],
            &[
                (&["on", "the", "back", "of", "the", "card"], Cvv),
                (&["on", "the", "back", "of", "your", "card"], Cvv),
                (&["on", "the", "back", "of", "my", "card"], Cvv),
                (&["on", "the", "back"], Cvv),
                (&["on", "back"], Cvv),
                // An Amex's four digits, printed on the front.
                (&["on", "the", "front", "of", "the", "card"], Cvv),
                (&["on", "the", "front", "of", "your", "card"], Cvv),
                (&["on", "the", "front", "of", "my", "card"], Cvv),
                // "the code is 819" in an answer about the card.
                (&[], Cvv),
            ],
        ),
        // Codes that are not a card's: "zip code", "promo code".
        (
            &[
                "area",
                "discount",
                "access",
                "country",
                "sort",
                "qr",
                "bar",
                "error",
                "reason",
                "status",
                "product",
                "activation",
                "redemption",
                "gate",
                "door",
                "alarm",
                "login",
                // A one-time "pass code" or "time code" texted to a phone,
                // and the "ship code" a recogniser hears for "zip code".
                "pass",
                "time",
                "ship",
            ],
            &[(&["code"], Other)],
        ),
        (
            &["back"],
            &[
                (&["of", "the", "card"], Cvv),
                (&["of", "your", "card"], Cvv),
                (&["of", "my", "card"], Cvv),
                // A note's "back of card 318".
                (&["of", "card"], Cvv),
            ],
        ),
        (&["on"], &[(&["the", "back"], Cvv)]),
        // "the 3 digits on back 318", "numbers on the back: 0771".
        (
            &["digits", "numbers", "nums", "numbs"],
            &[(&["on", "the", "back"], Cvv), (&["on", "back"], Cvv)],
        ),
        (
            &["digit"],
            &[
                // An Amex's four digits, printed on the front: "the four
                // digit code on the front of the card" names no card.
                (&["code", "on", "the", "front", "of", "the", "card"], Cvv),
                (&["code", "on", "the", "front", "of", "your", "card"], Cvv),
                (&["code", "on", "the", "front"], Cvv),
                (&["code"], Cvv),
                (&["security", "code"], Cvv),
                (&["number"], Cvv),
            ],
        ),
        (&["month"], &[(&["and", "year"], Expiry), (&["year"], Expiry)]),
        (&["v"], &[(&["code"], Cvv)]),
        // Labels spelled letter by letter, as a recogniser writes them
        // ("c v v", "c. v. c.", "e x p", "s s n"), and the letters it
        // mishears ("c b v").
        (
            &["c"],
            &[
                (&["v", "v"], Cvv),
                (&["v", "c"], Cvv),
                (&["v", "n"], Cvv),
                (&["v", "d"], Cvv),
                (&["s", "c"], Cvv),
                (&["b", "v"], Cvv),
                (&["v", "b"], Cvv),
            ],
        ),
        (&["e"], &[(&["x", "p"], Expiry)]),
        // "x date": "exp date" as a recogniser hears it.
        (&["x"], &[(&["p"], Expiry), (&["date"], Expiry)]),
        (&["s"], &[(&["s", "n"], Ssn)]),
        // A "verification code" is texted to a phone; the card's is the
        // "card verification code" (see "card").
        (
            &["verification"],
            &[(&["code"], Other), (&["number"], Cvv), (&["value"], Cvv)],
        ),
        (
            &["passcode", "password", "otp", "pin"],
            &[
                (&["code"], Other),
                (&["number"], Other),
                // A gift card's PIN "on the back" is no card code.
                (&["on", "the", "back"], Other),
                (&["on", "back"], Other),
                (&[], Other),
            ],
        ),
        (
            &[
                "exp",
                "expiry",
                "expiration",
                "expires",
                "expire",
                "expired",
                "expiring",
                // Spanish: "vence el 06/27", "fecha de vencimiento".
                "vence",
                // Italian "scadenza", "scade"; Portuguese "validade";
                // French "validité"; German "Ablaufdatum",
                // "Verfallsdatum"; Dutch "vervaldatum".
                "scadenza",
                "scade",
                "validade",
                "validite",
                "ablaufdatum",
                "verfallsdatum",
                "vervaldatum",
                "venc",
                "vencimiento",
                "caduca",
                "caducidad",
                "expira",
                "expiracion",
                "vto",
                "xp",
                // A note's shorthand: "4327 5524 7480 4133 ex 04/26".
                "ex",
                // A form's or a link's field: "ccexp=08%2F2028".
                "ccexp",
                "cardexp",
                "expdate",
                // An XML or JSON key written as one word: "<ExpMonth>11",
                // "<ExpYear>2027" (see `expiry::apart`).
                "expmonth",
                "expyear",
                "expirymonth",
                "expiryyear",
                "expirationmonth",
                "expirationyear",
            ],
            &[(&[], Expiry)],
        ),
        (
            &["valid", "good"],
            &[
                (&["thru"], Expiry),
                (&["through"], Expiry),
                (&["until"], Expiry),
            ],
        ),
        (&["mm"], &[(&["yy"], Expiry)]),
        (
            &["last"],
            &[(&["four"], Last4), (&["4"], Last4), (&["digits"], Last4)],
        ),
        (&["ending", "ends"], &[(&["in"], Last4), (&[], Last4)]),
        // Cards that are not payment cards: "gift card", "SIM card",
        // "member card".
        (
            &[
                "sim",
                "member",
                "membership",
                "rewards",
                "loyalty",
                "gift",
                "voucher",
                "coupon",
                "badge",
                "employee",
                "license",
                "id",
                "phone",
                "policy",
                "passport",
            ],
            &[
                (&["card"], Other),
                (&["code"], Other),
                (&["number"], Other),
                (&[], Other),
            ],
        ),
        // Numbers of other kinds. "order card", "case card" are two
        // labels, the other number's and the card's, not a card of theirs.
        (
            &[
                "order",
                "invoice",
                "inv",
                "tracking",
                "ups",
                "fedex",
                "usps",
                "dhl",
                "imei",
                "meid",
                "iccid",
                "acct",
                "case",
                "ticket",
                "claim",
                "confirmation",
                "conf",
                "reference",
                "ref",
                "transaction",
                "txn",
                "routing",
                "rtn",
                "aba",
                "sku",
                "part",
                "model",
                "callback",
                "cb",
                "tel",
                "telephone",
                "fax",
                "zip",
                "postal",
                "ein",
                // An individual taxpayer ID, printed 3-2-4 like an SSN
                // but from 900 on, which no SSN is.
                "itin",
                "extension",
                "ext",
                "apt",
                "apartment",
                "floor",
                "building",
                "address",
                "street",
                "avenue",
                "house",
                "suite",
                "room",
                "rma",
                "vin",
                "upc",
                "isbn",
                "ean",
                "gtin",
                "dob",
                "birth",
                "born",
                "confirmation#",
                "auth",
                "authorization",
                "promo",
                "receipt",
                "shipment",
                "package",
                "parcel",
                "waybill",
                "pnr",
                "booking",
                "reservation",
                "itinerary",
            ],
            &[(&["code"], Other), (&["number"], Other), (&[], Other)],
        ),
        // Cards that are not payment cards.
        (
            &[
                "library",
                "insurance",
                "health",
                "medicare",
                "medicaid",
                "business",
                "report",
                "greeting",
                "sd",
                "memory",
                "key",
                "student",
                "transit",
                "calling",
                "green",
                "benefits",
                "vaccination",
            ],
            &[(&["card"], Other)],
        ),
        (
            &["serial"],
            &[
                (&["on", "the", "back"], Other),
                (&["number"], Other),
                (&[], Other),
            ],
        ),
        (
            &["account"],
            &[(&["number"], Other), (&["no"], Other), (&["is"], Other)],
        ),
        (&["call"], &[(&["back"], Other), (&["me"], Other)]),
        // "a balance of one twenty seven forty eight": an amount.
        (&["balance"], &[(&["of"], Other), (&["is"], Other)]),
        // "the best number to reach you (at)": a phone number.
        (&["reach"], &[(&["you"], Other), (&["me"], Other)]),
        // "Initech Mobile" is a company; "mobile number" a phone.
        (
            &["mobile"],
            &[(&["number"], Other), (&["phone"], Other), (&["no"], Other)],
        ),
        (
            &["cell"],
            &[(&["number"], Other), (&["phone"], Other), (&[], Other)],
        ),
        (
            &["work", "home", "contact", "direct"],
            &[(&["number"], Other), (&["phone"], Other)],
        ),
        (&["tax", "employer", "customer", "device"], &[(&["id"], Other)]),
        // A card has one date printed on it: "the date on that card",
        // asked as a recogniser mangled "expiry" before it ("let's see x
        // buyer the date on that card").
        (
            &["date"],
            &[
                (&["of", "birth"], Other),
                (&["on", "the", "card"], Expiry),
                (&["on", "that", "card"], Expiry),
                (&["on", "your", "card"], Expiry),
                (&["on", "the", "front"], Expiry),
            ],
        ),
        // "expiration date" as a recogniser heard it.
        (&["explanation"], &[(&["date"], Expiry)]),
    ]
};

/// How many digits a number of another kind has, by the first word of its
/// label: a label says what a number is only when the number fits ("the
/// phone number?" answered with 15 digits grouped 4-6-5 is not a phone
/// number). Labels not listed here fit any length.
const OTHER_LENGTHS: &[(&[&str], (u8, u8))] = &[
    (
        &[
            "phone",
            "callback",
            "cb",
            "call",
            "reach",
            "tel",
            "telephone",
            "fax",
            "cell",
            "mobile",
            "work",
            "home",
            "contact",
            "direct",
        ],
        (7, 12),
    ),
    (&["zip", "postal"], (5, 9)),
    (&["ein", "itin", "routing", "rtn", "aba", "tax", "employer"], (9, 9)),
    (&["dob", "birth", "born", "date"], (4, 8)),
    (
        &[
            "extension",
            "ext",
            "apt",
            "apartment",
            "floor",
            "building",
            "address",
            "street",
            "avenue",
            "house",
            "suite",
            "room",
        ],
        (1, 6),
    ),
    // A car's registration plate: letters and up to eight characters. (A
    // recogniser also hears "card" as "car".)
    (&["car", "vehicle", "plate", "registration", "reg"], (1, 8)),
    (&["imei", "meid"], (14, 16)),
    (&["iccid", "sim"], (18, 22)),
];

/// The range of digit counts a number labelled by `word` (another kind of
/// number's label, lowercase) may have. See [`OTHER_LENGTHS`].
pub(crate) fn other_lengths(word: &str) -> (u8, u8) {
    OTHER_LENGTHS
        .iter()
        .find(|(words, _)| words.contains(&word))
        .map_or((0, u8::MAX), |(_, range)| *range)
}

/// Nouns that a number word before them counts: "the two payments",
/// "three business days".
const COUNTED: &[&str] = &[
    "payments",
    "days",
    "months",
    "years",
    "times",
    "cards",
    "items",
    "people",
    "dollars",
    "cents",
    "minutes",
    "hours",
    "weeks",
    "business",
    "bucks",
    "lines",
    "accounts",
    "charges",
    "groups",
    "kids",
    "children",
    "orders",
    "calls",
    "bills",
    "installments",
    "percent",
    "pounds",
    "euros",
    // "one sec", "one moment": a pause, not a digit.
    "sec",
    "moment",
    // Spanish ("tres veces", "dos semanas", "cuarenta dólares"), looked
    // up without accents.
    "veces",
    "dias",
    "semanas",
    "meses",
    "anos",
    "horas",
    "minutos",
    "dolares",
    "pesos",
    "centavos",
    "pagos",
    "cargos",
    "tarjetas",
    "cuentas",
    "personas",
    "momento",
    "segundo",
    "segundos",
];

/// Returns true if token `i`, a number in words or digits, gives the length
/// of another number: "the three digit code", "a sixteen-digit number",
/// "CVV (3 digits on back)", "the 3 numbers on the back".
#[inline(always)]
pub(crate) fn describes_length(
    tokens: &[super::token::Token],
    i: usize,
) -> bool {
    use super::token::Tok;
    // A flag of the word's entry, read by id: not a search of a list for
    // every number word (spoken-run, 83.8 to 111.7 million instructions
    // with a search of twenty ids).
    let foreign = |t: &super::token::Token| {
        t.word != 0 && get(t.word).is_some_and(|l| l.length)
    };
    match tokens.get(i + 1) {
        Some(t) if matches!(t.tok, Tok::Space | Tok::Dash) => {
            tokens.get(i + 2).is_some_and(|t| {
                t.word != 0 && (LENGTH_IDS.contains(&t.word) || foreign(t))
            })
        }
        // Written onto the number: "4자리", "3桁".
        Some(t) => t.tok == Tok::Word && foreign(t),
        None => false,
    }
}

/// The nouns after a number that make it a length ([`describes_length`]).
const LENGTH_NOUNS: [&str; 7] = [
    "digit",
    "digits",
    "numbers",
    // Spanish: "los tres números de atrás", "los tres numeritos".
    "numeros",
    "digitos",
    "numeritos",
    "digito",
];

/// The ids of [`LENGTH_NOUNS`], compared as integers (see
/// [`COUNTING_IDS`]).
static LENGTH_IDS: LazyLock<[u16; 7]> =
    LazyLock::new(|| LENGTH_NOUNS.map(lookup));

/// The words before a number word that make it count digits
/// ([`counted`]).
const COUNTING: [&str; 9] = [
    "next",
    "first",
    "last",
    "remaining",
    "final",
    "other",
    // Spanish: "los últimos cuatro", "los primeros seis".
    "ultimos",
    "primeros",
    "siguientes",
];

/// The ids of [`COUNTING`]: a word token is one of them when its id is
/// (a word has one id whatever its case), compared as integers, not read
/// as text (every number word said is asked about).
static COUNTING_IDS: LazyLock<[u16; 9]> =
    LazyLock::new(|| COUNTING.map(lookup));

/// Returns true for a number word that counts digits rather than says one:
/// "the next four", "the first six", "the remaining three".
#[inline]
pub(crate) fn counted(tokens: &[super::token::Token], i: usize) -> bool {
    use super::token::Tok;
    i >= 2
        && tokens[i - 1].tok == Tok::Space
        && tokens[i - 2].word != 0
        && COUNTING_IDS.contains(&tokens[i - 2].word)
}

/// Returns true if the word token `i` is a number word that counts the
/// noun after it ("the two payments"): a quantity, not a digit read out.
pub(crate) fn counts_a_noun(tokens: &[super::token::Token], i: usize) -> bool {
    use super::token::Tok;
    tokens.get(i + 1).is_some_and(|t| t.tok == Tok::Space)
        && tokens
            .get(i + 2)
            .and_then(|t| get(t.word))
            .is_some_and(|l| l.counted)
}

/// Returns true for the "floor" of "the next floor": a recogniser's "the
/// next four", the other speaker asking for the next group of a number read
/// aloud (pocketsphinx writes "floor" for "four"), not a floor of a building.
pub(crate) fn next_floor(tokens: &[super::token::Token], i: usize) -> bool {
    use super::token::Tok;
    let word = |k: usize| tokens.get(k).and_then(|t| get(t.word));
    word(i).is_some_and(|l| l.word == "floor")
        && i.checked_sub(1)
            .and_then(|k| tokens.get(k))
            .is_some_and(|t| t.tok == Tok::Space)
        && i.checked_sub(2).and_then(word).is_some_and(|l| l.word == "next")
}

/// Everything the tables say about one word.
#[derive(Debug)]
pub(crate) struct Lex {
    /// The word, in lowercase.
    pub(crate) word: &'static str,
    /// What it means as a number word.
    pub(crate) num: Option<Num>,
    /// The month it names (1-12).
    pub(crate) month: Option<u8>,
    /// A hesitation ("uh").
    pub(crate) filler: bool,
    /// A word that joins groups of a number read aloud ("and then").
    pub(crate) joining: bool,
    /// An acknowledgement between parts of a number ("go ahead").
    pub(crate) ack: bool,
    /// A word that makes "one" after it a pronoun ("the one").
    pub(crate) determiner: bool,
    /// Allowed after the first part of a number at the end of a turn.
    pub(crate) tail: bool,
    /// Allowed before the next part of a number at the start of a turn.
    pub(crate) lead: bool,
    /// A noun a number word may count ("two payments"; [`COUNTED`]).
    pub(crate) counted: bool,
    /// The label phrases that start with this word.
    pub(crate) phrases: Phrases,
    /// A Spanish number word ([`SPANISH`]).
    pub(crate) spanish: bool,
    /// A noun of another language that counts digits after a number
    /// ([`foreign::LENGTH_NOUNS`], see [`describes_length`]).
    pub(crate) length: bool,
}

/// Every word of every table, sorted, with what the tables say of it.
static LEXICON: LazyLock<Vec<Lex>> = LazyLock::new(|| {
    let mut words: Vec<&'static str> = Vec::new();
    words.extend(NUMBERS.iter().flat_map(|(w, _)| w.iter()));
    words.extend(SPANISH.iter().flat_map(|(w, _)| w.iter()));
    words.extend(foreign::LENGTH_NOUNS);
    let months = || MONTHS.iter().chain(foreign::MONTHS);
    words.extend(months().flat_map(|(w, _)| w.iter()));
    let phrases = || PHRASES.iter().chain(foreign::PHRASES);
    words.extend(phrases().flat_map(|(w, _)| w.iter()));
    words.extend(
        phrases()
            .flat_map(|(_, ps)| ps.iter().flat_map(|(rest, _)| rest.iter())),
    );
    for list in [
        FILLERS,
        JOINING,
        ACKS,
        DETERMINERS,
        TAIL_WORDS,
        LEAD_WORDS,
        OTHER_WORDS,
        COUNTED,
    ] {
        words.extend(list.iter());
    }
    words.sort_unstable();
    words.dedup();
    let mut lex: Vec<Lex> = words
        .into_iter()
        .map(|word| Lex {
            word,
            num: None,
            month: None,
            filler: false,
            joining: false,
            ack: false,
            determiner: false,
            tail: false,
            lead: false,
            counted: false,
            phrases: &[],
            spanish: false,
            length: false,
        })
        .collect();
    // Each table's words found by binary search (a search of every table
    // for every word cost about a millisecond per process); where a word
    // is in several entries of one table, the first entry's value holds.
    fn at<'a>(lex: &'a mut [Lex], word: &str) -> Option<&'a mut Lex> {
        let k = lex.binary_search_by(|l| l.word.cmp(word)).ok()?;
        lex.get_mut(k)
    }
    for (ws, n) in NUMBERS {
        for w in ws.iter() {
            if let Some(l) = at(&mut lex, w).filter(|l| l.num.is_none()) {
                l.num = Some(*n);
            }
        }
    }
    for (ws, n) in SPANISH {
        for w in ws.iter() {
            if let Some(l) = at(&mut lex, w).filter(|l| l.num.is_none()) {
                l.num = Some(*n);
                l.spanish = true;
            }
        }
    }
    for (ws, m) in months() {
        for w in ws.iter() {
            if let Some(l) = at(&mut lex, w).filter(|l| l.month.is_none()) {
                l.month = Some(*m);
            }
        }
    }
    for (ws, p) in phrases() {
        for w in ws.iter() {
            if let Some(l) = at(&mut lex, w).filter(|l| l.phrases.is_empty()) {
                l.phrases = p;
            }
        }
    }
    let mut flag = |list: &[&str], set: fn(&mut Lex)| {
        for w in list {
            if let Some(l) = at(&mut lex, w) {
                set(l);
            }
        }
    };
    flag(FILLERS, |l| l.filler = true);
    flag(JOINING, |l| l.joining = true);
    flag(ACKS, |l| l.ack = true);
    flag(DETERMINERS, |l| l.determiner = true);
    flag(TAIL_WORDS, |l| l.tail = true);
    flag(LEAD_WORDS, |l| l.lead = true);
    flag(COUNTED, |l| l.counted = true);
    flag(foreign::LENGTH_NOUNS, |l| l.length = true);
    lex
});

/// The number of slots of [`INDEX`]: a power of two well above the number
/// of words, so probes are short (at 2048, about half full, one word came
/// to probe seven slots; 4096 costs 32 KB more, built once, and no time).
const SLOTS: usize = 4096;

/// One slot of [`INDEX`]: a word's id (0 for an empty slot), its length
/// and its first eight bytes, lowercased, so a lookup compares a word of
/// up to eight bytes with one integer and reads the lexicon only for the
/// rest of a longer one.
#[derive(Clone, Copy, Default)]
struct Slot {
    head: u64,
    len: u8,
    id: u16,
}

/// An open-addressing hash table from a word's hash to its slot, so a
/// lookup costs one hash and usually one comparison; and a filter that
/// says of most words in no table that they are in none, before any slot
/// is read.
static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let mut index = Index {
        slots: Box::new([Slot::default(); SLOTS]),
        filter: Box::new([0; FILTER_WORDS]),
    };
    // The words of other scripts are looked up by `foreign::lookup`.
    for (i, l) in LEXICON.iter().enumerate().filter(|(_, l)| l.word.is_ascii())
    {
        let bytes = l.word.as_bytes();
        let head = head(bytes);
        let key = hash(head, bytes.len());
        let bit = filter_bit(key);
        index.filter[bit / 64] |= 1 << (bit % 64);
        let mut k = key & (SLOTS - 1);
        while index.slots[k].id != 0 {
            k = (k + 1) & (SLOTS - 1);
        }
        index.slots[k] =
            Slot { head, len: bytes.len() as u8, id: i as u16 + 1 };
    }
    index
});

/// The table of [`INDEX`].
pub(crate) struct Index {
    slots: Box<[Slot; SLOTS]>,
    /// A bit per value of [`filter_bit`], set for the words of the table.
    filter: Box<[u64; FILTER_WORDS]>,
}

/// The words of the filter of [`INDEX`]: 2^16 bits (8 KB), of which the
/// tables' thousand-odd words set about one in fifty.
const FILTER_WORDS: usize = 1 << 10;

/// The bit of the filter for a word's [`hash`]: bits of the product other
/// than those that pick its slot.
fn filter_bit(key: usize) -> usize {
    (key >> SLOTS.trailing_zeros()) & (FILTER_WORDS * 64 - 1)
}

/// The index of the lexicon, built on the first call: the tokenizer asks
/// for it once, then looks up every word in it ([`Index::lookup`]).
pub(crate) fn index() -> &'static Index {
    &INDEX
}

/// The first eight bytes of `word` (fewer: zeros after), ASCII-lowercased,
/// as one integer. The case is folded eight bytes at once: a byte from `A`
/// to `Z` (and below 0x80) gets its 0x20 bit.
fn head(word: &[u8]) -> u64 {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGH: u64 = ONES << 7;
    // Eight bytes at once when there are. A shorter word is read as two
    // chunks of four (or two) bytes, its first and its last, which overlap
    // on the same bytes: no loop, and no copy of a length not known (which
    // would call memcpy).
    let x = if let Some(eight) = word.first_chunk::<8>() {
        u64::from_le_bytes(*eight)
    } else if let (Some(lo), Some(hi)) =
        (word.first_chunk::<4>(), word.last_chunk::<4>())
    {
        u64::from(u32::from_le_bytes(*lo))
            | u64::from(u32::from_le_bytes(*hi)) << (8 * (word.len() - 4))
    } else if let (Some(lo), Some(hi)) =
        (word.first_chunk::<2>(), word.last_chunk::<2>())
    {
        u64::from(u16::from_le_bytes(*lo))
            | u64::from(u16::from_le_bytes(*hi)) << (8 * (word.len() - 2))
    } else {
        word.first().map_or(0, |&b| u64::from(b))
    };
    let low7 = x & !HIGH;
    // High bit set where the byte (below 0x80) is at least `A`, or more
    // than `Z`: seven-bit sums, so no carry reaches the next byte.
    let from_a = low7 + ONES * u64::from(0x80 - b'A');
    let past_z = low7 + ONES * u64::from(0x80 - b'Z' - 1);
    let upper = from_a & !past_z & !x & HIGH;
    x | (upper >> 2)
}

/// A hash of a word's length and first eight bytes, lowercased (its
/// [`head`]): constant time for any word, and words of the tables rarely
/// share one. Its low bits pick the word's slot; the bits above them, its
/// bit of the filter (see [`filter_bit`]).
fn hash(head: u64, len: usize) -> usize {
    let key = head ^ (len as u64).rotate_right(8);
    // Fibonacci hashing: the top bits of the product, as many as index a
    // slot (bits 40-50 before: 626 words probed up to 8 slots, now 4),
    // then as many as pick a bit of the filter.
    let product = key.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let slot = product >> (64 - SLOTS.trailing_zeros());
    let filter = product >> (64 - HASH_BITS) << SLOTS.trailing_zeros();
    (slot | filter) as usize
}

/// The bits of a [`hash`]: a slot's and a bit of the filter's.
const HASH_BITS: u32 =
    SLOTS.trailing_zeros() + (FILTER_WORDS * 64).trailing_zeros();

/// The longest ASCII word of the tables, in bytes, is shorter than this.
const LONGEST: usize = 25;

/// Returns the id of `word` (any case), or 0 if it is in no table. Ids are
/// small, so a token can carry one.
pub(crate) fn lookup(word: &str) -> u16 {
    match word.is_ascii() {
        true => lookup_bytes(word.as_bytes()),
        false => lookup_folded(word),
    }
}

/// [`lookup_bytes`] for a word with characters that are not ASCII: the
/// accents of Latin letters dropped ("código" is "codigo", "Número" is
/// "Numero"); a word with letters of other scripts is looked up by
/// [`foreign::lookup`].
pub(crate) fn lookup_folded(word: &str) -> u16 {
    let mut folded = [0u8; LONGEST];
    let mut n = 0;
    for c in word.chars() {
        let a = match c {
            'a'..='z' | 'A'..='Z' => c as u8,
            'á' | 'à' | 'â' | 'ä' | 'Á' | 'À' | 'Â' | 'Ä' => b'a',
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => b'e',
            'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' => b'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'Ó' | 'Ò' | 'Ô' | 'Ö' => b'o',
            'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ù' | 'Û' | 'Ü' => b'u',
            'ñ' | 'Ñ' => b'n',
            'ç' | 'Ç' => b'c',
            // An accent written as a combining mark ("co\u{301}digo").
            '\u{300}'..='\u{36f}' => continue,
            c if c.is_ascii() => return 0,
            _ => return foreign::lookup(word),
        };
        let Some(slot) = folded.get_mut(n) else { return 0 };
        *slot = a;
        n += 1;
    }
    folded.get(..n).map_or(0, lookup_bytes)
}

/// [`lookup`] of a word's bytes (the tokenizer's, which cuts words at
/// character boundaries already).
pub(crate) fn lookup_bytes(bytes: &[u8]) -> u16 {
    index().lookup(bytes)
}

impl Index {
    /// [`lookup_bytes`] in this index.
    ///
    /// Inlined, as is [`Index::lookup_letters`], the tokenizer's, which
    /// shares [`Index::find`]: when the tokenizer called this as a
    /// function (of `Option::map_or`, which `lookup_bytes` was inlined into),
    /// every word loaded the index's address again, checked it was built
    /// and saved six registers, used only to compare a word longer than
    /// eight bytes ([`rest_equal`]). A word in no table is told by the
    /// filter, not by probing slots until an empty one (in 256 KB of
    /// realistic text, a third of the 36,000 words; the filter lets about
    /// 1 in 50 of them through). The core pass at 256 KB, in millions of
    /// instructions: realistic 75.20 to 74.54, notes 100.04 to 99.28,
    /// digit-lines 307.43 to 307.38, spoken-run 87.03 to 86.09.
    #[inline(always)]
    pub(crate) fn lookup(&self, bytes: &[u8]) -> u16 {
        // Every word of the tables is ASCII and short: a longer word, or
        // one with other bytes, matches none (the comparison below says
        // so too).
        if bytes.is_empty() || bytes.len() >= LONGEST {
            return 0;
        }
        self.find(head(bytes), bytes)
    }

    /// [`Index::lookup`] of `bytes[start..end]`, which are ASCII letters
    /// only (a word of the tokenizer's that it read by table, never
    /// decoded).
    ///
    /// Letters fold case by their 0x20 bit alone, so the [`head`] of a
    /// word with eight bytes after its start is one load, one OR and one
    /// mask of its length, with no branch on the length nor a range test
    /// of each byte (the bytes past the word are masked off). In 1 MB of
    /// realistic text (175,000 words) the pass went from 265.83 to 264.60
    /// million instructions; realistic at 256 KB 72.82 to 72.55, notes
    /// 102.86 to 102.62.
    #[inline(always)]
    pub(crate) fn lookup_letters(
        &self,
        bytes: &[u8],
        start: usize,
        end: usize,
    ) -> u16 {
        const CASE: u64 = u64::from_ne_bytes([0x20; 8]);
        let Some(word) = bytes.get(start..end) else { return 0 };
        if word.is_empty() || word.len() >= LONGEST {
            return 0;
        }
        let head = match bytes.get(start..).and_then(|s| s.first_chunk::<8>())
        {
            Some(eight) => {
                let mask = u64::MAX >> (64 - 8 * word.len().min(8));
                (u64::from_le_bytes(*eight) | CASE) & mask
            }
            None => head(word),
        };
        self.find(head, word)
    }

    /// The id of the word `bytes` (1 to [`LONGEST`] - 1 bytes), whose
    /// [`head`] is `head`.
    #[inline(always)]
    fn find(&self, head: u64, bytes: &[u8]) -> u16 {
        let key = hash(head, bytes.len());
        let bit = filter_bit(key);
        if self.filter[bit / 64] & (1 << (bit % 64)) == 0 {
            return 0;
        }
        let mut k = key & (SLOTS - 1);
        loop {
            let slot = self.slots[k];
            if slot.id == 0 {
                return 0;
            }
            if slot.head == head
                && usize::from(slot.len) == bytes.len()
                && (bytes.len() <= 8 || rest_equal(slot.id, bytes))
            {
                return slot.id;
            }
            k = (k + 1) & (SLOTS - 1);
        }
    }
}

/// Returns true if the bytes of `bytes` past the eighth are those of the
/// word with id `id`, in any case.
#[inline(never)]
fn rest_equal(id: u16, bytes: &[u8]) -> bool {
    get(id).is_some_and(|l| {
        let theirs = l.word.as_bytes().get(8..).unwrap_or_default();
        let ours = bytes.get(8..).unwrap_or_default();
        theirs.eq_ignore_ascii_case(ours)
    })
}

/// What the tables say about the word with id `id`; `None` for 0.
#[inline]
pub(crate) fn get(id: u16) -> Option<&'static Lex> {
    let k = usize::from(id).checked_sub(1)?;
    LEXICON.get(k)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(w: &str) -> Option<Num> {
        get(lookup(w)).and_then(|l| l.num)
    }

    /// `counted` and `describes_length` compare ids: each of their words
    /// is in the lexicon, and an id is one of them exactly when its word
    /// is.
    #[test]
    fn counting_words_are_in_the_lexicon() {
        for w in COUNTING.iter().chain(&LENGTH_NOUNS) {
            assert_ne!(lookup(w), 0, "{w}");
        }
        for (k, l) in LEXICON.iter().enumerate() {
            let id = k as u16 + 1;
            assert_eq!(
                COUNTING_IDS.contains(&id),
                COUNTING.contains(&l.word),
                "{}",
                l.word
            );
            assert_eq!(
                LENGTH_IDS.contains(&id),
                LENGTH_NOUNS.contains(&l.word),
                "{}",
                l.word
            );
        }
    }

    /// Each word's entry is what a search of every table for it gives:
    /// the first entry of a table that holds it.
    #[test]
    fn entries_are_the_tables() {
        for l in LEXICON.iter() {
            let word = l.word;
            let first = |t: &[(&[&str], Num)]| {
                t.iter().find(|(w, _)| w.contains(&word)).map(|(_, n)| *n)
            };
            assert_eq!(l.num, first(NUMBERS).or(first(SPANISH)), "{word}");
            assert_eq!(
                l.spanish,
                first(NUMBERS).is_none() && first(SPANISH).is_some(),
                "{word}"
            );
            let month = MONTHS
                .iter()
                .chain(foreign::MONTHS)
                .find(|(w, _)| w.contains(&word))
                .map(|(_, m)| *m);
            assert_eq!(l.month, month, "{word}");
            let phrases = PHRASES
                .iter()
                .chain(foreign::PHRASES)
                .find(|(w, _)| w.contains(&word))
                .map_or(&[][..], |(_, p)| *p);
            assert_eq!(l.phrases, phrases, "{word}");
            assert_eq!(l.filler, FILLERS.contains(&word), "{word}");
            assert_eq!(l.joining, JOINING.contains(&word), "{word}");
            assert_eq!(l.ack, ACKS.contains(&word), "{word}");
            assert_eq!(l.determiner, DETERMINERS.contains(&word), "{word}");
            assert_eq!(l.tail, TAIL_WORDS.contains(&word), "{word}");
            assert_eq!(l.lead, LEAD_WORDS.contains(&word), "{word}");
            assert_eq!(l.counted, COUNTED.contains(&word), "{word}");
        }
    }

    #[test]
    fn number_words() {
        assert_eq!(num("forty"), Some(Num::Tens(4)));
        assert_eq!(num("Oh"), Some(Num::Oh));
        assert_eq!(num("DOUBLE"), Some(Num::Repeat(2)));
        assert_eq!(num("for"), Some(Num::Homophone(4)));
        assert_eq!(num("four"), Some(Num::Digit(4)));
        assert_eq!(num("fourth"), None);
        assert_eq!(lookup("fourth"), 0);
        assert_eq!(lookup("naïve"), 0);
        assert_eq!(lookup("co\u{301}digo"), lookup("codigo"));
    }

    /// `context::hesitation` looks up only words of four letters or fewer.
    #[test]
    fn fillers_are_short() {
        assert!(FILLERS.iter().all(|w| w.len() <= 4));
    }

    /// The hash spreads the tables' words: a lookup probes a few slots.
    #[test]
    fn probes_are_short() {
        let longest = LEXICON
            .iter()
            .filter(|l| l.word.is_ascii())
            .map(|l| {
                let bytes = l.word.as_bytes();
                let mut k = hash(head(bytes), bytes.len()) & (SLOTS - 1);
                let mut probes = 1;
                while LEXICON[usize::from(INDEX.slots[k].id) - 1].word
                    != l.word
                {
                    k = (k + 1) & (SLOTS - 1);
                    probes += 1;
                }
                probes
            })
            .max();
        assert!(longest.is_some_and(|p| p <= 6), "{longest:?}");
    }

    /// `head` lowercases as `to_ascii_lowercase` does, for every byte in
    /// every place, and lookups ignore case.
    #[test]
    fn head_folds_case_byte_by_byte() {
        for b in 0..=255u8 {
            for at in 0..9 {
                let mut word = b"xY3_q-Zz!".to_vec();
                word.truncate(at.max(1));
                if let Some(slot) = word.get_mut(at) {
                    *slot = b;
                } else {
                    word.push(b);
                }
                let mut want = [0u8; 8];
                for (w, c) in want.iter_mut().zip(&word) {
                    *w = c.to_ascii_lowercase();
                }
                assert_eq!(head(&word), u64::from_le_bytes(want), "{word:?}");
            }
        }
        assert!(
            LEXICON
                .iter()
                .filter(|l| l.word.is_ascii())
                .all(|l| l.word.len() < LONGEST)
        );
        for l in LEXICON.iter() {
            let id = lookup(l.word);
            assert_eq!(get(id).map(|x| x.word), Some(l.word));
            assert_eq!(lookup(&l.word.to_uppercase()), id, "{}", l.word);
            // (A label of a script written without spaces is found inside
            // a longer token: see `foreign`.)
            let longer = format!("{}s", l.word);
            if let Some(other) =
                get(lookup(&longer)).filter(|_| l.word.is_ascii())
            {
                assert_eq!(other.word, longer);
            }
        }
    }

    /// `lookup_letters` finds what `lookup` finds, for a word of letters
    /// in any case, anywhere in a text: with eight bytes or more after its
    /// start (any bytes past its end) or fewer (the end of the text).
    #[test]
    fn letters_are_looked_up_as_words() {
        let mut words: Vec<String> = LEXICON
            .iter()
            .map(|l| l.word)
            .filter(|w| w.bytes().all(|b| b.is_ascii_alphabetic()))
            .flat_map(|w| [w.to_string(), w.to_uppercase(), format!("{w}s")])
            .collect();
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..20_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let len = 1 + (state % 27) as usize;
            let word: String = (0..len)
                .map(|k| {
                    let c = b"abcdefghijklmnopqrstuvwxyzCARDSE"
                        [(state >> (k * 5 % 59)) as usize % 32];
                    c as char
                })
                .collect();
            words.push(word);
        }
        let index = index();
        for w in &words {
            let want = lookup(w);
            for before in ["", "x", "1234567"] {
                for after in
                    ["", "!", " 4", "-\u{e9}\u{e9}\u{e9}", "Zzzzzzzzz"]
                {
                    let text = format!("{before}{w}{after}");
                    let (start, end) = (before.len(), before.len() + w.len());
                    let got =
                        index.lookup_letters(text.as_bytes(), start, end);
                    assert_eq!(got, want, "{text:?}");
                }
            }
        }
    }

    #[test]
    fn every_word_is_in_one_row_of_each_table() {
        for table in [
            NUMBERS.iter().flat_map(|(w, _)| w.iter()).collect::<Vec<_>>(),
            MONTHS
                .iter()
                .chain(foreign::MONTHS)
                .flat_map(|(w, _)| w.iter())
                .collect(),
            PHRASES
                .iter()
                .chain(foreign::PHRASES)
                .flat_map(|(w, _)| w.iter())
                .collect(),
        ] {
            let mut sorted = table.clone();
            sorted.sort();
            sorted.dedup();
            assert_eq!(sorted.len(), table.len(), "a word in two rows");
        }
        for l in LEXICON.iter() {
            assert_eq!(l.word, l.word.to_ascii_lowercase());
            assert_eq!(get(lookup(l.word)).map(|x| x.word), Some(l.word));
        }
    }

    #[test]
    fn phrase_tables_put_longer_phrases_first() {
        for w in ["card", "code", "back", "last", "security"] {
            let ps = get(lookup(w)).expect("a phrase word").phrases;
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
