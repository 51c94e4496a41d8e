//! The page's parts, one component per file.

pub mod findings_list;
pub mod kind_toggles;
pub mod notice_bar;
pub mod output_view;
pub mod style_picker;

pub use findings_list::FindingsList;
pub use kind_toggles::KindToggles;
pub use notice_bar::NoticeBar;
pub use output_view::OutputView;
pub use style_picker::StylePicker;

/// "card number" → "Card number"; "SSNs" stays.
pub fn capitalized(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A small padlock, drawn (no font has to have the glyph), hidden from
/// screen readers: the text next to it says "locked by policy".
pub fn lock_icon() -> yew::Html {
    yew::html! {
        <svg class="lock" viewBox="0 0 16 16" width="12" height="12"
            aria-hidden="true" focusable="false">
            <path d="M4 7V5a4 4 0 0 1 8 0v2h1v8H3V7h1zm2 0h4V5a2 2 0 0 0-4 0v2z" />
        </svg>
    }
}
