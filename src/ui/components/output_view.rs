//! The output view: the redacted text, with each redaction highlighted.
//!
//! Its text content is exactly the redacted text (the tests read it as
//! `data-testid="output"`, and Copy and Download take the same string).
//! Hovering or focusing a highlight shows its kind, reason and state in a
//! tooltip next to it (`data-testid="tip"`), which lies outside the text so
//! that selecting and copying by hand never picks it up. Each highlight's
//! accessible name says the same. Pressing a highlight (click, Enter or
//! Space) never un-redacts it: it chooses that finding and takes the focus
//! to its switch in the findings list, where keeping it visible is a
//! deliberate, labelled action.
//!
//! The region itself is focusable: arrow keys scroll it, and Shift with
//! the arrow keys (Ctrl for words) selects text in it, for Redact
//! selection.

use yew::prelude::*;

use crate::ui::browser;
use crate::ui::state::{Segment, State, size};

/// How much of the redacted text the view draws, with its highlights.
pub const VIEW_MAX_BYTES: usize = 64 * 1024;

use super::capitalized;

/// Props of [`OutputView`].
#[derive(Properties)]
pub struct OutputViewProps {
    /// The page state (cheap to clone: its parts are shared).
    pub state: State,
    /// The output element.
    pub node: NodeRef,
    /// Called with the index of a highlight that was pressed.
    pub on_choose: Callback<usize>,
}

/// Drawn again only when what it shows changed: the output (its revision
/// changes with it, and with what is kept) or the current finding. Not on
/// every keystroke: while the scan worker scans a long text, the output
/// stays the last one's. The callbacks, made anew at every render, always
/// do the same.
impl PartialEq for OutputViewProps {
    fn eq(&self, other: &Self) -> bool {
        self.state.rev() == other.state.rev()
            && std::ptr::eq(self.state.output(), other.state.output())
            && self.state.current() == other.state.current()
            && self.node == other.node
    }
}

/// The tooltip's content: the finding shown and where.
#[derive(Clone, Copy, PartialEq)]
struct Tip {
    finding: usize,
    part: usize,
}

/// The redacted text as a region of plain text and highlights, and the
/// tooltip of the highlight under the pointer or the focus.
#[component]
pub fn OutputView(props: &OutputViewProps) -> Html {
    let tip = use_state(|| None::<Tip>);
    let tip_ref = use_node_ref();
    let pane_ref = use_node_ref();
    let state = &props.state;

    // Place the tooltip under its highlight once both are drawn.
    {
        let (tip_ref, pane_ref, node) =
            (tip_ref.clone(), pane_ref.clone(), props.node.clone());
        use_effect_with((*tip, state.rev()), move |(shown, _)| {
            let found = shown.and_then(|t| {
                let output = node.cast::<web_sys::Element>()?;
                let sel = format!(
                    "[data-finding=\"{}\"][data-part=\"{}\"]",
                    t.finding, t.part
                );
                output.query_selector(&sel).ok().flatten()
            });
            if let (Some(anchor), Some(tip), Some(pane)) = (
                found,
                tip_ref.cast::<web_sys::HtmlElement>(),
                pane_ref.cast::<web_sys::Element>(),
            ) {
                browser::place_tip(&tip, &anchor, &pane);
            }
        });
    }

    // The text the output was made from (while a newer text is being
    // scanned, the output is still the last one's).
    let output = state.output();
    let text = &output.source;
    let current = state.current().and_then(|id| state.index_of(id));
    // The highlight that Tab reaches: the current finding's, or the first.
    let tab_stop = current.or((!state.findings().is_empty()).then_some(0));
    let mut parts_seen = vec![0usize; state.findings().len()];
    // A long output is drawn up to VIEW_MAX_BYTES: drawing tens of
    // thousands of highlights would hold the page for a second at every
    // change. Copy and Download still take all of it.
    let mut drawn = 0usize;
    let shown_segments = output.segments.iter().take_while(|seg| {
        let more = drawn < VIEW_MAX_BYTES;
        drawn += match seg {
            Segment::Plain(r) | Segment::Kept { range: r, .. } => r.len(),
            Segment::Redacted { text, .. } => text.len(),
            Segment::Unmarked => output.text.len(),
        };
        more
    });
    let cut = output.text.len() > VIEW_MAX_BYTES
        && !matches!(output.segments.as_slice(), [Segment::Unmarked]);
    let pieces = shown_segments.map(|seg| {
        let (finding, shown, kept) = match seg {
            Segment::Plain(range) => {
                return html! { { &text[range.clone()] } };
            }
            Segment::Unmarked => {
                return html! { { super::super::state::head(&output.text, VIEW_MAX_BYTES) } };
            }
            Segment::Redacted { finding, text: shown, .. } => {
                (*finding, shown.clone(), false)
            }
            Segment::Kept { finding, range } => {
                (*finding, text[range.clone()].to_owned(), true)
            }
        };
        let part = parts_seen.get_mut(finding).map_or(0, |n| {
            *n += 1;
            *n - 1
        });
        let mark = Mark {
            finding,
            part,
            shown,
            kept,
            tab_stop: tab_stop == Some(finding) && part == 0,
            current: current == Some(finding),
        };
        highlight(props, &tip, mark)
    });

    let on_keydown = {
        let node = props.node.clone();
        Callback::from(move |e: KeyboardEvent| {
            if !e.shift_key() || e.alt_key() || e.meta_key() {
                return;
            }
            let word = e.ctrl_key();
            let (dir, unit) = match e.key().as_str() {
                "ArrowLeft" => {
                    ("backward", if word { "word" } else { "character" })
                }
                "ArrowRight" => {
                    ("forward", if word { "word" } else { "character" })
                }
                "ArrowUp" => ("backward", "line"),
                "ArrowDown" => ("forward", "line"),
                "Home" => ("backward", "lineboundary"),
                "End" => ("forward", "lineboundary"),
                _ => return,
            };
            let Some(output) = node.cast::<web_sys::Element>() else {
                return;
            };
            e.prevent_default();
            let from: Option<web_sys::Element> = e.target_dyn_into();
            let from = from.filter(|el| el.has_attribute("data-finding"));
            browser::extend_selection(&output, from.as_ref(), dir, unit);
        })
    };

    let tip_html = tip.and_then(|t| {
        let f = state.findings().get(t.finding)?;
        let kept = state.id(t.finding).is_some_and(|id| state.is_kept(id));
        let noun = if state.is_by_hand(t.finding) {
            "Redacted by hand".to_owned()
        } else {
            capitalized(f.noun())
        };
        let status = if kept { "Kept visible" } else { "Redacted" };
        let chip = classes!("chip", kind_class(state, t.finding));
        Some(html! {
            <div class="tip" ref={tip_ref.clone()} data-testid="tip"
                aria-hidden="true">
                <span class={chip}>{ noun }</span>
                <span class="tip-reason">{ f.reason() }</span>
                <span class="tip-status">{ status }</span>
                <span class="tip-hint">
                    { "Press it to keep it visible or redact it in the \
                       findings list." }
                </span>
            </div>
        })
    });

    html! {
        <div class="output-wrap" ref={pane_ref}>
            <div
                class="output"
                id="output"
                data-testid="output"
                data-rev={state.rev().to_string()}
                role="region"
                aria-label="Redacted text"
                aria-describedby="output-help"
                tabindex="0"
                onkeydown={on_keydown}
                ref={props.node.clone()}
            >{ for pieces }</div>
            if cut {
                <p class="big-note" data-testid="output-note">
                    { format!(
                        "The first {} of the redacted text ({}) are shown \
                         here. Copy and Download take all of it.",
                        size(VIEW_MAX_BYTES),
                        size(output.text.len())
                    ) }
                </p>
            }
            { tip_html.unwrap_or_default() }
        </div>
    }
}

/// One highlight to draw.
struct Mark {
    finding: usize,
    part: usize,
    shown: String,
    kept: bool,
    tab_stop: bool,
    current: bool,
}

/// The CSS class of a finding's kind: `kind-card`..., `kind-custom` for
/// a policy's pattern, `kind-manual` for text redacted by hand.
pub fn kind_class(state: &State, i: usize) -> String {
    state
        .findings()
        .get(i)
        .map_or_else(String::new, |f| format!("kind-{}", f.kind().name()))
}

/// One part of one finding.
fn highlight(
    props: &OutputViewProps,
    tip: &UseStateHandle<Option<Tip>>,
    m: Mark,
) -> Html {
    let state = &props.state;
    let Some(f) = state.findings().get(m.finding) else {
        return html! { { m.shown } };
    };
    let noun = if state.is_by_hand(m.finding) {
        "text redacted by hand"
    } else {
        f.noun()
    };
    let status = if m.kept { "kept visible" } else { "redacted" };
    // The name starts with what is shown, so that it matches the visible
    // label (WCAG 2.5.3), then says what it is, its state and why.
    let label = format!("{}: {noun}, {status}. {}", m.shown, f.reason());
    let show = {
        let tip = tip.clone();
        let t = Tip { finding: m.finding, part: m.part };
        Callback::from(move |_: Event| tip.set(Some(t)))
    };
    let hide = {
        let tip = tip.clone();
        Callback::from(move |_: Event| tip.set(None))
    };
    let choose = props.on_choose.clone();
    let i = m.finding;
    let onclick = {
        let choose = choose.clone();
        Callback::from(move |_: MouseEvent| choose.emit(i))
    };
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" || e.key() == " " {
            e.prevent_default();
            choose.emit(i);
        }
    });
    let on_enter = show.reform(|e: MouseEvent| e.into());
    let on_leave = hide.reform(|e: MouseEvent| e.into());
    let on_focus = show.reform(|e: FocusEvent| e.into());
    let on_blur = hide.reform(|e: FocusEvent| e.into());
    html! {
        <mark
            class={classes!(
                "finding",
                kind_class(state, m.finding),
                m.kept.then_some("kept"),
                m.current.then_some("current"),
            )}
            tabindex={if m.tab_stop { "0" } else { "-1" }}
            role="button"
            aria-label={label}
            data-kind={f.name().to_owned()}
            data-finding={m.finding.to_string()}
            data-part={m.part.to_string()}
            {onclick}
            {onkeydown}
            onmouseenter={on_enter}
            onmouseleave={on_leave}
            onfocus={on_focus}
            onblur={on_blur}
        >{ m.shown }</mark>
    }
}
