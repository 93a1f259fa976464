//! What a reader copies from a document is its text: the paragraphs (gap markers included) and
//! nothing of the interface set among them — the paragraph tools, the margin numbers, the
//! editorial notes, the numbering gaps, the pinyin. A selection inside one note copies that note.
//!
//! Written here rather than left to CSS `user-select: none`: that would make the notes
//! impossible to select at all, and a reader may want to quote one.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ClipboardEvent, Element, Node};

/// What is the interface or the apparatus around the text, never part of a copied passage.
const NOT_TEXT: &str = ".para-tools, .para-number, .note, .numbering-gap, .cite-panel, .piece-loading, .piece-failed, rt, .visually-hidden";

/// Elements whose text stands on lines of its own in the copy.
const BLOCKS: [&str; 10] = ["P", "DIV", "H1", "H2", "H3", "H4", "LI", "TR", "SECTION", "HEADER"];

/// The `copy` handler of a document's text: puts the selected text, without what [`NOT_TEXT`]
/// names, on the clipboard. A selection that lies inside one of those (one note, say) is left to
/// the browser.
pub fn copy_text_only(event: ClipboardEvent) {
    let Some(text) = selected_text() else { return };
    if let Some(clipboard) = event.clipboard_data() {
        if clipboard.set_data("text/plain", &text).is_ok() {
            event.prevent_default();
        }
    }
}

fn selected_text() -> Option<String> {
    let selection = window().get_selection().ok()??;
    if selection.is_collapsed() || selection.range_count() == 0 {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let ancestor = range.common_ancestor_container().ok()?;
    let ancestor = match ancestor.dyn_ref::<Element>() {
        Some(element) => element.clone(),
        None => ancestor.parent_element()?,
    };
    if ancestor.closest(NOT_TEXT).ok()?.is_some() {
        return None;
    }
    let holder = document().create_element("div").ok()?;
    let fragment = range.clone_contents().ok()?;
    holder.append_child(&fragment).ok()?;
    let apparatus = holder.query_selector_all(NOT_TEXT).ok()?;
    for index in 0..apparatus.length() {
        if let Some(element) = apparatus.item(index).and_then(|node| node.dyn_into::<Element>().ok()) {
            element.remove();
        }
    }
    let mut text = String::new();
    collect(&holder, &mut text);
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|line| !line.is_empty()).collect();
    Some(lines.join("\n"))
}

/// Appends the text of `node`, with a line break around each block element.
fn collect(node: &Node, text: &mut String) {
    let children = node.child_nodes();
    for index in 0..children.length() {
        let Some(child) = children.item(index) else { continue };
        match child.dyn_ref::<Element>() {
            Some(element) => {
                let block = BLOCKS.contains(&element.tag_name().as_str());
                if block {
                    text.push('\n');
                }
                collect(&child, text);
                if block {
                    text.push('\n');
                }
            }
            // Text only: the view's marker comments are not the reader's text.
            None if child.node_type() == Node::TEXT_NODE => text.push_str(&child.text_content().unwrap_or_default()),
            None => {}
        }
    }
}
