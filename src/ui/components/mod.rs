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
