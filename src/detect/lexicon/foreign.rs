//! Label phrases and month names in languages written in other scripts:
//! Arabic, Persian, Urdu, Hindi, Bengali, Tamil, Thai, Japanese, Chinese,
//! Korean, Russian, Ukrainian, Hebrew and Greek. A note or a form
//! copied from a site in one of them names the expiry date "تاريخ
//! الانتهاء", "समाप्ति तिथि" or "有効期限" and the security code "رمز
//! الأمان", "सीवीवी" or "セキュリティコード", with the digits in the same
//! script (read as ASCII digits, see `view`).
//!
//! The words are standard vocabulary (what card forms, banks and
//! translations of "social security number" use), with the spellings
//! people type: Arabic and Persian letters that vary (alef with or
//! without hamza, Arabic or Persian yeh and kaf, teh marbuta, harakat and
//! tatweel) and Indic letters with a nukta, precomposed or not, are folded
//! before comparing (see [`fold`]).
//!
//! Two ways of matching, by script:
//!
//! - **Spaced scripts** (Arabic, Persian, Devanagari, Bengali): a word is
//!   one token, matched whole; phrases of several words are matched as
//!   the English ones are ([`PHRASES`] has the same shape as the English
//!   table).
//! - **Scripts written without spaces** (Thai, Japanese, Chinese) and
//!   Korean (whose particles are written onto the word, "유효기간은"): a
//!   token is a run of letters that may hold a whole clause ("カード番号は"),
//!   so a token *contains* a label word; where it holds several, the one
//!   that ends last, nearest to the number after it, names it
//!   ([`lookup`]).

use std::borrow::Cow;
use std::sync::LazyLock;

use super::{Cat, LEXICON, Phrases};

const CARD: Phrases = &[(&[], Cat::Card)];
const SSN: Phrases = &[(&[], Cat::Ssn)];
const CVV: Phrases = &[(&[], Cat::Cvv)];
const EXPIRY: Phrases = &[(&[], Cat::Expiry)];
const OTHER: Phrases = &[(&[], Cat::Other)];

/// Label phrases by their first word, as [`super::PHRASES`]: the rest of
/// each phrase's words and its category, longer phrases first.
pub(super) const PHRASES: &[(&[&str], Phrases)] = {
    use Cat::*;
    &[
        // Arabic. "رقم البطاقة" (card number), "بطاقة الائتمان" (credit
        // card); an ID card is not a payment card.
        (
            &["بطاقة", "البطاقة", "بطاقتي", "الكارت", "فيزا", "ماستركارد"],
            &[(&["الهوية"], Other), (&["هوية"], Other), (&[], Card)],
        ),
        // "رمز الأمان" (security code), "رمز التحقق من البطاقة" (card
        // verification code); a postal code and a PIN are not the card's
        // code, nor is Persian "رمز دوم" (the second password) or "رمز
        // عبور" (a password).
        (
            &["رمز", "الرمز", "كود", "الكود"],
            &[
                (&["البريدي"], Other),
                (&["بريدي"], Other),
                (&["السري"], Other),
                (&["سري"], Other),
                (&["دوم"], Other),
                (&["اول"], Other),
                (&["عبور"], Other),
                (&["الأمان"], Cvv),
                (&["الأمن"], Cvv),
                (&["الحماية"], Cvv),
                (&["التحقق"], Cvv),
                (&[], Cvv),
            ],
        ),
        // "رقم الضمان الاجتماعي", "التأمين الاجتماعي" (social security);
        // Persian "شماره تأمین اجتماعی".
        (
            &["الضمان", "ضمان", "التأمين", "تأمين", "الأمن"],
            &[(&["الاجتماعي"], Ssn), (&["اجتماعي"], Ssn)],
        ),
        // "تاريخ الانتهاء", "تاريخ انتهاء الصلاحية" (expiry date); Persian
        // "تاریخ انقضا", "تاریخ اعتبار". A date of birth is not.
        (
            &["تاريخ"],
            &[
                (&["انتهاء", "الصلاحية"], Expiry),
                (&["انتهاء", "البطاقة"], Expiry),
                (&["انقضاي", "كارت"], Expiry),
                (&["الانتهاء"], Expiry),
                (&["انتهاء"], Expiry),
                (&["الصلاحية"], Expiry),
                (&["انقضا"], Expiry),
                (&["انقضاء"], Expiry),
                (&["انقضاي"], Expiry),
                (&["اعتبار"], Expiry),
                (&["الميلاد"], Other),
                (&["ميلاد"], Other),
                (&["تولد"], Other),
            ],
        ),
        (
            &["الانتهاء", "انتهاء", "ينتهي", "تنتهي", "انقضا", "انقضاء"],
            &[(&[], Expiry)],
        ),
        // Persian "اعتبار تا" (valid until).
        (&["اعتبار"], &[(&["تا"], Expiry)]),
        // "صالحة حتى" (valid until); Persian "معتبر تا".
        (&["صالحة", "صالح"], &[(&["حتى"], Expiry), (&["لغاية"], Expiry)]),
        (&["معتبر"], &[(&["تا"], Expiry)]),
        // Persian "کارت" (card); a national or ID card is not a payment card.
        (
            &["كارت"],
            &[
                (&["ملي"], Other),
                (&["شناسايي"], Other),
                (&["بانكي"], Card),
                (&[], Card),
            ],
        ),
        // Persian "کد امنیتی" (security code), "کد سی وی وی"; a postal,
        // national or tracking code is not.
        (
            &["كد"],
            &[
                (&["امنيتي"], Cvv),
                (&["پستي"], Other),
                (&["ملي"], Other),
                (&["رهگيري"], Other),
                (&["پيگيري"], Other),
                (&["تخفيف"], Other),
                (&[], Cvv),
            ],
        ),
        (&["سي"], &[(&["وي", "وي"], Cvv)]),
        // "السوشال سكيورتي": social security, as Arabic speakers in the
        // US say it.
        (
            &["السوشال", "سوشيال"],
            &[(&["سكيورتي"], Ssn), (&["سيكيورتي"], Ssn), (&[], Ssn)],
        ),
        // Other numbers, Arabic and Persian: phone, mobile, order,
        // invoice, account, shipment, tracking, reference, booking, IBAN.
        (
            &[
                "الهاتف",
                "هاتف",
                "الجوال",
                "جوال",
                "الطلب",
                "طلب",
                "الفاتورة",
                "فاتورة",
                "الحساب",
                "حساب",
                "الشحنة",
                "شحنة",
                "التتبع",
                "تتبع",
                "المرجع",
                "مرجع",
                "الحجز",
                "حجز",
                "الهوية",
                "تلفن",
                "موبايل",
                "همراه",
                "سفارش",
                "فاكتور",
                "شبا",
                "مرسوله",
                "پيگيري",
                "رهگيري",
            ],
            OTHER,
        ),
        // Hindi. "कार्ड नंबर" (card number), "क्रेडिट कार्ड"; an Aadhaar
        // or PAN card is an identity card.
        (&["कार्ड"], CARD),
        (&["क्रेडिट", "डेबिट"], &[(&["कार्ड"], Card)]),
        (
            &["आधार", "पैन"],
            &[
                (&["कार्ड"], Other),
                (&["नंबर"], Other),
                (&["संख्या"], Other),
                (&[], Other),
            ],
        ),
        (&["सीवीवी", "सीवीसी"], CVV),
        (
            &["सुरक्षा", "सिक्योरिटी"],
            &[(&["कोड"], Cvv), (&["संख्या"], Cvv), (&["नंबर"], Cvv)],
        ),
        (&["कोड"], CVV),
        // "पिन कोड" is India's postal code.
        (&["पिन", "ओटीपी"], &[(&["कोड"], Other), (&[], Other)]),
        // "समाप्ति तिथि", "समाप्ति की तारीख", "एक्सपायरी डेट", "वैधता"
        // (validity), "मान्य तक" (valid until).
        (
            &["समाप्ति", "एक्सपायरी", "वैधता"],
            &[
                (&["की", "तारीख"], Expiry),
                (&["की", "तिथि"], Expiry),
                (&["तिथि"], Expiry),
                (&["तारीख"], Expiry),
                (&["डेट"], Expiry),
                (&[], Expiry),
            ],
        ),
        (&["मान्य"], &[(&["तक"], Expiry)]),
        // "वैध तिथि" (valid date), "वैध तक" (valid until).
        (&["वैध"], &[(&["तिथि"], Expiry), (&["तक"], Expiry)]),
        (
            &["समाप्त"],
            &[
                (&["होने", "की", "तारीख"], Expiry),
                (&["होने", "की", "तिथि"], Expiry),
            ],
        ),
        // "सामाजिक सुरक्षा नंबर/संख्या" (social security number).
        (
            &["सामाजिक"],
            &[
                (&["सुरक्षा", "नंबर"], Ssn),
                (&["सुरक्षा", "संख्या"], Ssn),
                (&["सुरक्षा"], Ssn),
            ],
        ),
        (&["एसएसएन"], SSN),
        (
            &[
                "फ़ोन",
                "फोन",
                "मोबाइल",
                "ऑर्डर",
                "आर्डर",
                "खाता",
                "राशि",
                "ट्रैकिंग",
                "बिल",
                "चालान",
            ],
            OTHER,
        ),
        // Bengali. "কার্ড নম্বর", "সিভিভি", "নিরাপত্তা কোড" (security
        // code), "মেয়াদ শেষের তারিখ" (expiry date), "সামাজিক নিরাপত্তা
        // নম্বর" (social security number).
        (&["কার্ড"], CARD),
        (&["ক্রেডিট", "ডেবিট"], &[(&["কার্ড"], Card)]),
        (&["সিভিভি", "সিভিসি"], CVV),
        (&["নিরাপত্তা", "সিকিউরিটি"], &[(&["কোড"], Cvv), (&["নম্বর"], Cvv)]),
        (&["কোড"], CVV),
        (
            &["মেয়াদ"],
            &[
                (&["শেষ", "হওয়ার", "তারিখ"], Expiry),
                (&["শেষের", "তারিখ"], Expiry),
                (&["উত্তীর্ণের", "তারিখ"], Expiry),
                (&["শেষ"], Expiry),
                (&[], Expiry),
            ],
        ),
        (
            &["মেয়াদোত্তীর্ণের", "মেয়াদোত্তীর্ণ", "এক্সপায়ারি"],
            &[(&["তারিখ"], Expiry), (&[], Expiry)],
        ),
        (
            &["সামাজিক"],
            &[
                (&["নিরাপত্তা", "নম্বর"], Ssn),
                (&["নিরাপত্তা", "নাম্বার"], Ssn),
                (&["নিরাপত্তা"], Ssn),
            ],
        ),
        (
            &[
                "ফোন",
                "মোবাইল",
                "অর্ডার",
                "অ্যাকাউন্ট",
                "পরিমাণ",
                "বিল",
                "ট্র্যাকিং",
                "পিন",
                "এনআইডি",
            ],
            OTHER,
        ),
        // Thai, written without spaces (matched inside a token): "หมายเลข
        // บัตร" (card number), "รหัสความปลอดภัย" (security code), "วัน
        // หมดอายุ" (expiry date), "ประกันสังคม" (social security); a
        // citizen's ID card is not a payment card. "หลังบัตร" (on the
        // back of the card) names the code there, also after its length
        // ("เลข 3 ตัวหลังบัตร", the 3 digits on the back of the card).
        (&["หมายเลขบัตร", "เลขบัตร", "เลขที่บัตร", "บัตรเครดิต", "บัตรเดบิต"], CARD),
        (&["บัตรประชาชน", "บัตรประจำตัว"], OTHER),
        (&["รหัสความปลอดภัย", "รหัสหลังบัตร", "เลขหลังบัตร", "หลังบัตร", "ซีวีวี"], CVV),
        (&["วันหมดอายุ", "วันที่หมดอายุ", "หมดอายุ"], EXPIRY),
        (&["ประกันสังคม"], SSN),
        (
            &[
                "โทรศัพท์",
                "เบอร์โทร",
                "คำสั่งซื้อ",
                "บัญชี",
                "จำนวนเงิน",
                "พัสดุ",
                "ติดตาม",
                "ใบแจ้งหนี้",
            ],
            OTHER,
        ),
        // Japanese (matched inside a token): "カード番号" (card number),
        // "セキュリティコード", "有効期限" (expiry), "社会保障番号" (social
        // security number); a points or member card is not a payment card.
        (&["カード番号", "クレジットカード", "カード"], CARD),
        (
            &[
                "ポイントカード番号",
                "ポイントカード",
                "会員番号",
                "会員カード",
            ],
            OTHER,
        ),
        (&["セキュリティコード", "セキュリティーコード", "セキュリティ"], CVV),
        (&["有効期限"], EXPIRY),
        // "カード裏面の3桁の番号": the number on the back of the card.
        (&["裏面"], CVV),
        (&["社会保障番号", "社会保障", "ソーシャルセキュリティ"], SSN),
        (
            &[
                "電話",
                "携帯",
                "注文番号",
                "注文",
                "口座",
                "郵便番号",
                "追跡番号",
                "問い合わせ番号",
                "予約番号",
                "請求書番号",
                "マイナンバー",
                "金額",
            ],
            OTHER,
        ),
        // Chinese, simplified and traditional (matched inside a token):
        // "卡号" (card number), "安全码" (security code), "有效期" (expiry),
        // "社会安全号码" (social security number); a member card and an
        // identity card are not payment cards.
        (
            &[
                "卡号",
                "卡號",
                "信用卡",
                "银行卡",
                "銀行卡",
                "借记卡",
                "借記卡",
            ],
            CARD,
        ),
        (&["会员卡", "會員卡", "身份证", "身份證"], OTHER),
        // "卡背面的三位数字": the digits on the back of the card.
        (&["背面"], CVV),
        (
            &[
                "安全码",
                "安全碼",
                "安全代码",
                "安全代碼",
                "卡验证码",
                "卡驗證碼",
            ],
            CVV,
        ),
        (
            &["有效期", "到期日", "过期", "過期", "失效日期", "有效日期"],
            EXPIRY,
        ),
        (
            &[
                "社会安全号",
                "社會安全號",
                "社会保障号",
                "社會保障號",
                "社保号",
            ],
            SSN,
        ),
        (
            &[
                "订单", "訂單", "电话", "手机", "手機", "账号", "帳號",
                "賬號", "邮编", "郵編", "金额", "单号", "單號", "运单",
                "運單",
            ],
            OTHER,
        ),
        // Korean (particles are written onto words: matched inside a
        // token): "카드번호", "보안코드" (security code), "유효기간"
        // (validity), "만료일" (expiry date), "사회보장번호".
        (&["카드번호", "카드"], CARD),
        (&["포인트카드", "교통카드"], OTHER),
        (&["보안코드", "씨브이씨", "뒷면"], CVV),
        (&["유효기간", "유효", "만료일", "만료"], EXPIRY),
        (&["사회보장번호", "사회보장"], SSN),
        (
            &[
                "전화번호",
                "전화",
                "휴대폰",
                "주문번호",
                "주문",
                "주민등록번호",
                "주민번호",
                "계좌",
                "송장번호",
            ],
            OTHER,
        ),
        // Urdu (Arabic script, with Persian and Urdu letters): "کارڈ نمبر",
        // "میعاد ختم ہونے کی تاریخ" (expiry date), "سیکیورٹی کوڈ", "سوشل
        // سیکیورٹی نمبر"; an identity card ("شناختی کارڈ") is not a
        // payment card, and a "پن کوڈ" is a PIN.
        (&["کارڈ"], CARD),
        (&["کریڈٹ", "ڈیبٹ"], &[(&["کارڈ"], Card)]),
        (&["شناختی"], &[(&["کارڈ"], Other), (&[], Other)]),
        (
            &["میعاد"],
            &[
                (&["ختم", "ہونے", "کی", "تاريخ"], Expiry),
                (&["ختم"], Expiry),
                (&[], Expiry),
            ],
        ),
        (&["ایکسپائری"], &[(&["ڈیٹ"], Expiry), (&[], Expiry)]),
        (&["ویلڈ"], &[(&["تھرو"], Expiry)]),
        (&["سیکیورٹی", "سکیورٹی"], &[(&["کوڈ"], Cvv), (&["نمبر"], Cvv)]),
        (&["کوڈ"], CVV),
        (&["پن"], &[(&["کوڈ"], Other), (&[], Other)]),
        (
            &["سوشل"],
            &[
                (&["سیکیورٹی", "نمبر"], Ssn),
                (&["سیکیورٹی"], Ssn),
                (&["سکیورٹی"], Ssn),
            ],
        ),
        (&["فون", "موبائل", "آرڈر", "اکاؤنٹ"], OTHER),
        // Tamil: "அட்டை எண்" (card number), "காலாவதி தேதி" (expiry
        // date), "பாதுகாப்பு குறியீடு" (security code), "சமூக பாதுகாப்பு
        // எண்" (social security number).
        (&["அட்டை"], CARD),
        (
            &["காலாவதி", "எக்ஸ்பைரி"],
            &[(&["தேதி"], Expiry), (&["டேட்"], Expiry), (&[], Expiry)],
        ),
        (&["சிவிவி"], CVV),
        (&["பாதுகாப்பு"], &[(&["குறியீடு"], Cvv), (&["எண்"], Cvv)]),
        (&["சமூக"], &[(&["பாதுகாப்பு", "எண்"], Ssn), (&["பாதுகாப்பு"], Ssn)]),
        (&["தொலைபேசி", "கைபேசி", "ஆர்டர்"], OTHER),
        // Russian and Ukrainian, in any case (the words are compared in
        // lowercase): "номер карты", "срок действия" (expiry), "действительна
        // до" (valid until), "код безопасности" (security code), "номер
        // социального страхования" (social security); a confirmation code
        // sent by SMS is not the card's, nor are SNILS and INN (Russian
        // insurance and tax numbers).
        (
            &[
                "карта",
                "карты",
                "карту",
                "картой",
                "карте",
                "картка",
                "картки",
                "картку",
                "карткою",
            ],
            CARD,
        ),
        (
            &["бонусная", "бонусна", "скидочная", "подарочная"],
            &[(&["карта"], Other), (&["картка"], Other)],
        ),
        (&["срок"], &[(&["действия"], Expiry), (&["годности"], Expiry)]),
        (&["термін"], &[(&["дії"], Expiry)]),
        (
            &["действительна", "действует", "дійсна", "діє"],
            &[(&["до"], Expiry)],
        ),
        (&["истекает", "закінчується"], EXPIRY),
        (
            &["код"],
            &[
                (&["подтверждения"], Other),
                (&["підтвердження"], Other),
                (&["из", "смс"], Other),
                (&["з", "смс"], Other),
                (&["смс"], Other),
                (&["безопасности"], Cvv),
                (&["безпеки"], Cvv),
                (&[], Cvv),
            ],
        ),
        (&["трехзначный", "тризначний"], &[(&["код"], Cvv)]),
        (
            &["социального", "соціального"],
            &[(&["страхования"], Ssn), (&["страхування"], Ssn)],
        ),
        (
            &[
                "телефон",
                "телефона",
                "телефону",
                "заказ",
                "заказа",
                "замовлення",
                "счет",
                "счета",
                "рахунок",
                "рахунку",
                "паспорт",
                "паспорта",
                "снилс",
                "инн",
                "іпн",
                "рнокпп",
                "трек",
                "сумма",
            ],
            OTHER,
        ),
        // Hebrew: "מספר כרטיס" (card number), "כרטיס אשראי", "תוקף"
        // (validity), "תאריך תפוגה" (expiry date), "קוד אבטחה" (security
        // code), "ביטוח לאומי" (social security); an identity card
        // number ("תעודת זהות") and a verification code are not.
        (&["כרטיס", "הכרטיס"], &[(&["אשראי"], Card), (&[], Card)]),
        (&["תעודת"], &[(&["זהות"], Other)]),
        (&["תוקף", "התוקף", "תפוגה", "התפוגה"], EXPIRY),
        (&["בתוקף"], &[(&["עד"], Expiry)]),
        // With the article: "הקוד מאחור" (the code on the back).
        (
            &["קוד", "הקוד"],
            &[
                (&["אימות"], Other),
                (&["סודי"], Other),
                (&["אבטחה"], Cvv),
                (&["האבטחה"], Cvv),
                (&[], Cvv),
            ],
        ),
        (&["ביטוח"], &[(&["לאומי"], Ssn)]),
        (&["סושיאל"], &[(&["סקיוריטי"], Ssn)]),
        (&["טלפון", "הזמנה", "ההזמנה", "חשבון", "מיקוד", "אסמכתא"], OTHER),
        // Greek, in any case and with or without accents: "αριθμός κάρτας",
        // "ημερομηνία λήξης" (expiry date), "κωδικός ασφαλείας" (security
        // code), "αριθμός κοινωνικής ασφάλισης"; AMKA (the Greek social
        // insurance number) and AFM (the tax number) are not an SSN.
        (&["κάρτα", "κάρτας", "κάρτες"], CARD),
        (&["πιστωτική", "χρεωστική"], &[(&["κάρτα"], Card)]),
        (&["λήξη", "λήξης"], EXPIRY),
        (&["ημερομηνία"], &[(&["λήξης"], Expiry), (&["γέννησης"], Other)]),
        (&["ισχύει"], &[(&["έως"], Expiry)]),
        (
            &["κωδικός", "κωδικό"],
            &[(&["ασφαλείας"], Cvv), (&["επιβεβαίωσης"], Other), (&[], Cvv)],
        ),
        (&["κοινωνικής"], &[(&["ασφάλισης"], Ssn)]),
        (
            &[
                "τηλέφωνο",
                "παραγγελία",
                "παραγγελίας",
                "λογαριασμός",
                "λογαριασμού",
                "αμκα",
                "αφμ",
                "ταχυδρομικός",
            ],
            OTHER,
        ),
    ]
};

/// Nouns after a number that make it a count of digits, not a number
/// said ("رمز الأمان (٣ أرقام)", "보안코드(앞면 4자리)", "3桁の番号", "3 цифры
/// на обороте"), as [`super::LENGTH_NOUNS`]; in these languages the noun
/// may be written onto the number ("4자리", "3桁").
pub(super) const LENGTH_NOUNS: &[&str] = &[
    "أرقام",
    "رقم",
    "ہندسے",
    "ہندسوں",
    "अंक",
    "अंकों",
    "ডিজিট",
    "সংখ্যার",
    "இலக்க",
    "ตัว",
    "หลัก",
    "桁",
    "位数",
    "자리",
    "цифры",
    "цифр",
    "цифра",
    "цифри",
    "ספרות",
    "ψηφία",
];

/// Month names of the same languages, as [`super::MONTHS`]: Arabic (the
/// names of Egypt and the Gulf and the Levant's own), Persian, Urdu,
/// Hindi, Bengali, Tamil, Thai, Russian and Ukrainian (nominative and
/// genitive, "августа 2029"), Hebrew and Greek (nominative and genitive).
/// Japanese, Chinese and Korean write a month as a number ("9月").
pub(super) const MONTHS: &[(&[&str], u8)] = &[
    (
        &[
            "يناير",
            "ژانویه",
            "جنوری",
            "जनवरी",
            "জানুয়ারি",
            "ஜனவரி",
            "มกราคม",
            "январь",
            "января",
            "січень",
            "січня",
            "ינואר",
            "ιανουάριος",
            "ιανουαρίου",
        ],
        1,
    ),
    (
        &[
            "فبراير",
            "شباط",
            "فوریه",
            "فروری",
            "फ़रवरी",
            "फरवरी",
            "ফেব্রুয়ারি",
            "பிப்ரவரி",
            "กุมภาพันธ์",
            "февраль",
            "февраля",
            "лютий",
            "лютого",
            "פברואר",
            "φεβρουάριος",
            "φεβρουαρίου",
        ],
        2,
    ),
    (
        &[
            "مارس",
            "آذار",
            "مارچ",
            "मार्च",
            "মার্চ",
            "மார்ச்",
            "มีนาคม",
            "март",
            "марта",
            "березень",
            "березня",
            "מרץ",
            "μάρτιος",
            "μαρτίου",
        ],
        3,
    ),
    (
        &[
            "أبريل",
            "نيسان",
            "آوریل",
            "اپریل",
            "अप्रैल",
            "এপ্রিল",
            "ஏப்ரல்",
            "เมษายน",
            "апрель",
            "апреля",
            "квітень",
            "квітня",
            "אפריל",
            "απρίλιος",
            "απριλίου",
        ],
        4,
    ),
    (
        &[
            "مايو",
            "أيار",
            "مه",
            "مئی",
            "मई",
            "মে",
            "மே",
            "พฤษภาคม",
            "май",
            "мая",
            "травень",
            "травня",
            "מאי",
            "μάιος",
            "μαΐου",
        ],
        5,
    ),
    (
        &[
            "يونيو",
            "حزيران",
            "ژوئن",
            "جون",
            "जून",
            "জুন",
            "ஜூன்",
            "มิถุนายน",
            "июнь",
            "июня",
            "червень",
            "червня",
            "יוני",
            "ιούνιος",
            "ιουνίου",
        ],
        6,
    ),
    (
        &[
            "يوليو",
            "تموز",
            "ژوئیه",
            "جولائی",
            "जुलाई",
            "জুলাই",
            "ஜூலை",
            "กรกฎาคม",
            "июль",
            "июля",
            "липень",
            "липня",
            "יולי",
            "ιούλιος",
            "ιουλίου",
        ],
        7,
    ),
    (
        &[
            "أغسطس",
            "آب",
            "اوت",
            "اگست",
            "अगस्त",
            "আগস্ট",
            "ஆகஸ்ட்",
            "สิงหาคม",
            "август",
            "августа",
            "серпень",
            "серпня",
            "אוגוסט",
            "αύγουστος",
            "αυγούστου",
        ],
        8,
    ),
    (
        &[
            "سبتمبر",
            "أيلول",
            "سپتامبر",
            "ستمبر",
            "सितंबर",
            "सितम्बर",
            "সেপ্টেম্বর",
            "செப்டம்பர்",
            "กันยายน",
            "сентябрь",
            "сентября",
            "вересень",
            "вересня",
            "ספטמבר",
            "σεπτέμβριος",
            "σεπτεμβρίου",
        ],
        9,
    ),
    (
        &[
            "أكتوبر",
            "اکتبر",
            "अक्टूबर",
            "अक्तूबर",
            "অক্টোবর",
            "அக்டோபர்",
            "ตุลาคม",
            "октябрь",
            "октября",
            "жовтень",
            "жовтня",
            "אוקטובר",
            "οκτώβριος",
            "οκτωβρίου",
        ],
        10,
    ),
    (
        &[
            "نوفمبر",
            "نوامبر",
            "نومبر",
            "नवंबर",
            "नवम्बर",
            "নভেম্বর",
            "நவம்பர்",
            "พฤศจิกายน",
            "ноябрь",
            "ноября",
            "листопад",
            "листопада",
            "נובמבר",
            "νοέμβριος",
            "νοεμβρίου",
        ],
        11,
    ),
    (
        &[
            "ديسمبر",
            "دسامبر",
            "دسمبر",
            "दिसंबर",
            "दिसम्बर",
            "ডিসেম্বর",
            "டிசம்பர்",
            "ธันวาคม",
            "декабрь",
            "декабря",
            "грудень",
            "грудня",
            "דצמבר",
            "δεκέμβριος",
            "δεκεμβρίου",
        ],
        12,
    ),
];

/// `word` as the tables are compared: Arabic and Persian letter variants
/// made one (alef with hamza or madda is alef, Arabic yeh and alef
/// maksura are Persian yeh, Arabic kaf is Persian keheh, teh marbuta is
/// heh), harakat and tatweel dropped, Devanagari and Bengali letters with
/// a nukta decomposed (as Unicode's normal forms write them), Cyrillic
/// and Greek lowercased (Greek without accents), ASCII lowercased.
pub(super) fn fold(word: &str) -> Cow<'_, str> {
    let changes = |c: char| {
        c.is_ascii_uppercase()
            || matches!(
                c,
                '\u{0300}'..='\u{036f}'
                    | '\u{0370}'..='\u{03ff}'
                    | '\u{0400}'..='\u{04ff}'
            )
            || matches!(
                c,
                'أ' | 'إ'
                    | 'آ'
                    | 'ٱ'
                    | 'ي'
                    | 'ى'
                    | 'ك'
                    | 'ة'
                    | '\u{0640}'
                    | '\u{064b}'..='\u{065f}'
                    | '\u{0670}'
                    | '\u{0958}'..='\u{095f}'
                    | '\u{09dc}'
                    | '\u{09dd}'
                    | '\u{09df}'
            )
    };
    if !word.chars().any(changes) {
        return Cow::Borrowed(word);
    }
    let mut out = String::with_capacity(word.len() + 4);
    for c in word.chars() {
        match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ي' | 'ى' => out.push('ی'),
            'ك' => out.push('ک'),
            'ة' => out.push('ه'),
            // Tatweel, harakat, and accents written as combining marks
            // (the capital of "ΐ" is "Ϊ́").
            '\u{0640}'
            | '\u{064b}'..='\u{065f}'
            | '\u{0670}'
            | '\u{0300}'..='\u{036f}' => {}
            '\u{0958}'..='\u{095f}' => {
                let base = ['क', 'ख', 'ग', 'ज', 'ड', 'ढ', 'फ', 'य'];
                let k = (u32::from(c) - 0x0958) as usize;
                out.extend(base.get(k));
                out.push('\u{093c}');
            }
            '\u{09dc}' => out.push_str("\u{09a1}\u{09bc}"),
            '\u{09dd}' => out.push_str("\u{09a2}\u{09bc}"),
            '\u{09df}' => out.push_str("\u{09af}\u{09bc}"),
            // Cyrillic in lowercase, "ё" as "е".
            '\u{0400}'..='\u{04ff}' => match c {
                'ё' | 'Ё' => out.push('е'),
                c => out.extend(c.to_lowercase()),
            },
            // Greek in lowercase, without accents, final sigma as sigma.
            '\u{0370}'..='\u{03ff}' => {
                for c in c.to_lowercase() {
                    out.push(match c {
                        'ά' => 'α',
                        'έ' => 'ε',
                        'ή' => 'η',
                        'ί' | 'ΐ' | 'ϊ' => 'ι',
                        'ό' => 'ο',
                        'ύ' | 'ΰ' | 'ϋ' => 'υ',
                        'ώ' => 'ω',
                        'ς' => 'σ',
                        c => c,
                    });
                }
            }
            c => out.push(c.to_ascii_lowercase()),
        }
    }
    Cow::Owned(out)
}

/// Returns true for the letters of scripts written without spaces between
/// words (Thai, kana, CJK ideographs) and of Korean.
fn unspaced(c: char) -> bool {
    matches!(
        c,
        '\u{0e00}'..='\u{0e7f}'
            | '\u{1100}'..='\u{11ff}'
            | '\u{3040}'..='\u{30ff}'
            | '\u{3130}'..='\u{318f}'
            | '\u{31f0}'..='\u{31ff}'
            | '\u{3400}'..='\u{4dbf}'
            | '\u{4e00}'..='\u{9fff}'
            | '\u{ac00}'..='\u{d7af}'
            | '\u{f900}'..='\u{faff}'
            | '\u{ff66}'..='\u{ff9f}'
    )
}

/// English labels found inside a token of a script written without
/// spaces too ("CVV码", "CVV2コード" is two tokens).
const INSIDE_LATIN: [&str; 4] = ["cvv", "cvc", "ssn", "exp"];

/// The words of the tables that are not ASCII, folded: the words of
/// spaced scripts by their text, and those of unspaced ones, longest
/// first, to be found inside a token.
struct Index {
    /// Sorted by text, for a binary search (no hash map: its random seed
    /// is nothing a pure core should ask for).
    whole: Vec<(String, u16)>,
    inside: Vec<(String, u16)>,
}

static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let mut whole = Vec::new();
    let mut inside = Vec::new();
    for (k, l) in LEXICON.iter().enumerate() {
        if l.word.is_ascii() {
            continue;
        }
        let id = k as u16 + 1;
        let key = fold(l.word).into_owned();
        if key.chars().next().is_some_and(unspaced) {
            inside.push((key, id));
        } else {
            whole.push((key, id));
        }
    }
    whole.sort();
    // Latin labels written onto a word of those scripts: "CVV码".
    for w in INSIDE_LATIN {
        if let Some(k) = LEXICON.iter().position(|l| l.word == w) {
            inside.push((w.to_owned(), k as u16 + 1));
        }
    }
    inside.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
    Index { whole, inside }
});

/// The id of a word that is not ASCII nor a Latin word with accents: a
/// word of the tables, compared folded; for a token of a script written
/// without spaces, the label word inside it that ends last (the longest
/// of those, where several end there). 0 for none.
pub(super) fn lookup(word: &str) -> u16 {
    let index = &*INDEX;
    let key = fold(word);
    if let Ok(k) = index.whole.binary_search_by(|(w, _)| w.as_str().cmp(&key))
    {
        return index.whole.get(k).map_or(0, |(_, id)| *id);
    }
    // Arabic and Persian write "and" on the word it joins ("وتاريخ
    // الانتهاء", and the expiry date): the word without it, when it has
    // two letters or more left.
    if let Some(rest) = key.strip_prefix('\u{648}') {
        if rest.chars().nth(1).is_some() {
            if let Ok(k) =
                index.whole.binary_search_by(|(w, _)| w.as_str().cmp(rest))
            {
                return index.whole.get(k).map_or(0, |(_, id)| *id);
            }
        }
    }
    if !key.chars().any(unspaced) {
        return 0;
    }
    let mut best: Option<(usize, usize, u16)> = None;
    for (w, id) in &index.inside {
        if let Some(start) = key.rfind(w.as_str()) {
            let end = start + w.len();
            if best
                .is_none_or(|(e, l, _)| end > e || (end == e && w.len() > l))
            {
                best = Some((end, w.len(), *id));
            }
        }
    }
    best.map_or(0, |(_, _, id)| id)
}

#[cfg(test)]
mod tests {
    use super::super::{LEXICON, get, lookup_folded};
    use super::*;

    fn cat(word: &str) -> Option<Cat> {
        let l = get(lookup_folded(word))?;
        l.phrases.last().map(|(_, c)| *c)
    }

    /// No two words of the tables fold to the same text: the index would
    /// keep one of them, and a phrase naming the other would never match.
    #[test]
    fn folded_words_are_distinct() {
        let mut seen = std::collections::BTreeMap::new();
        for l in LEXICON.iter().filter(|l| !l.word.is_ascii()) {
            let key = fold(l.word).into_owned();
            if let Some(other) = seen.insert(key, l.word) {
                panic!("{other} and {} fold to the same word", l.word);
            }
        }
    }

    #[test]
    fn words_are_found_folded() {
        // Hamza or not, Arabic or Persian yeh and kaf.
        assert_eq!(get(lookup_folded("تأمين")).map(|l| l.word), Some("تأمين"));
        assert_eq!(get(lookup_folded("تامین")).map(|l| l.word), Some("تأمين"));
        assert_eq!(get(lookup_folded("کد")).map(|l| l.word), Some("كد"));
        assert_eq!(get(lookup_folded("تاریخ")).map(|l| l.word), Some("تاريخ"));
        // Precomposed and decomposed nukta.
        assert_eq!(
            lookup_folded("\u{095e}\u{094b}\u{0928}"),
            lookup_folded("फ\u{093c}\u{094b}\u{0928}")
        );
        assert_ne!(lookup_folded("मेरा"), lookup_folded("फ़ोन"));
        assert_eq!(lookup_folded("مرحبا"), 0);
    }

    #[test]
    fn unspaced_tokens_hold_their_label() {
        assert_eq!(cat("有効期限は"), Some(Cat::Expiry));
        assert_eq!(cat("お客様のカード番号"), Some(Cat::Card));
        assert_eq!(cat("ポイントカード番号"), Some(Cat::Other));
        assert_eq!(cat("หมายเลขประกันสังคม"), Some(Cat::Ssn));
        assert_eq!(cat("หมายเลขบัตรประชาชน"), Some(Cat::Other));
        // The label that ends last names what comes next.
        assert_eq!(cat("卡号和有效期"), Some(Cat::Expiry));
        assert_eq!(cat("유효기간은"), Some(Cat::Expiry));
        assert_eq!(cat("ありがとうございます"), None);
        assert_eq!(cat("CVV码"), Some(Cat::Cvv));
    }
}
