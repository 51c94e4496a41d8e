//! The page's parts, one component per file.

pub mod kind_toggles;
pub mod notice_bar;
pub mod output_view;
pub mod style_picker;

pub use kind_toggles::KindToggles;
pub use notice_bar::NoticeBar;
pub use output_view::OutputView;
pub use style_picker::StylePicker;
