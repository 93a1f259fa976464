//! Interface strings in Chinese (the default) and English. The corpus itself is never
//! translated: it stays Chinese, marked `lang="zh-Hans"`, whatever the interface language.

use crate::route::ReadingMode;
use crate::settings::{use_language, Language};
use leptos::prelude::*;
use renda_model::{Date, DocumentKind};

/// Every piece of interface text, in one language.
pub struct Strings {
    /// The language these strings are in.
    pub interface: Language,
    pub app_name: &'static str,
    pub skip_to_text: &'static str,
    pub skip_past_text: &'static str,
    pub contents: &'static str,
    pub close: &'static str,
    pub settings: &'static str,
    pub settings_button: &'static str,
    pub shortcuts: &'static str,
    pub home: &'static str,
    pub about: &'static str,
    pub closing_meeting: &'static str,
    /// A date as the interface writes it.
    pub date: fn(&Date) -> String,
    /// The overview's meta description of a session: what search engines show for it.
    pub session_description: fn(&renda_model::Session) -> String,
    /// What follows a label (“Source: …”).
    pub colon: &'static str,
    pub documents_count: fn(usize, usize) -> String,
    pub chars_count: fn(usize) -> String,
    pub kind_plural: fn(DocumentKind) -> &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub paragraph_link: fn(u32) -> String,
    pub source_view: &'static str,
    pub reading_view: &'static str,
    pub source_view_caption: fn(&str) -> String,
    pub lacuna_marker: &'static str,
    pub lacuna_label: &'static str,
    pub lacuna_text: &'static str,
    pub interpolation_label: &'static str,
    pub interpolation_text: &'static str,
    pub repeated_label: &'static str,
    pub repeated_text: fn(usize, &str) -> String,
    pub duplicate_text: fn(u32) -> String,
    pub breadcrumbs: &'static str,
    pub pager: &'static str,
    pub joined_label: &'static str,
    pub joined_text: fn(u32, u32) -> String,
    pub normalized_label: &'static str,
    pub normalized_text: fn(renda_model::Normalization, u32) -> String,
    pub list_separator: &'static str,
    pub theme: &'static str,
    pub theme_light: &'static str,
    pub theme_dark: &'static str,
    pub theme_system: &'static str,
    pub font_size: &'static str,
    pub font_small: &'static str,
    pub font_medium: &'static str,
    pub font_large: &'static str,
    pub spacing: &'static str,
    pub spacing_normal: &'static str,
    pub spacing_relaxed: &'static str,
    pub language: &'static str,
    pub shortcut_list: [(&'static str, &'static str); 6],
    pub sic_label: &'static str,
    pub sic_text: fn(&str) -> String,
    pub translator_note_label: &'static str,
    pub reading_mode: &'static str,
    pub mode_name: fn(ReadingMode) -> &'static str,
    pub translation_notice: &'static str,
    /// The paragraphs' English on its way (`crate::state`), or not to be had: offline, or gone
    /// with a newer build.
    pub translation_loading: &'static str,
    /// Each given whether the page shows the Chinese meanwhile (a document does).
    pub translation_failed: fn(bool) -> &'static str,
    pub translation_gone: fn(bool) -> &'static str,
    pub english_place: fn(u32) -> String,
    /// A file of the build the reader asked to save could not be fetched.
    pub download_failed: &'static str,
    pub download_with_translation: &'static str,
    pub download_markdown_translation: &'static str,
    pub download_text_translation: &'static str,
    pub cite_translation: &'static str,
    pub reading_order_note: &'static str,
    pub source_order: fn(usize, usize) -> String,
    pub script: &'static str,
    pub pinyin: &'static str,
    pub look_up: &'static str,
    pub aids_failed: &'static str,
    /// An aid's data of this build are no longer on the host (a newer build replaced them).
    pub aids_gone: &'static str,
    pub reload: &'static str,
    /// The settings' offer to fetch every aid's data for offline use, and how far it got.
    pub keep_aids: &'static str,
    pub aids_kept: &'static str,
    pub aids_keeping: &'static str,
    pub aids_not_kept: &'static str,
    /// Said once, the first time the app is saved in the browser for offline reading.
    pub offline_ready: &'static str,
    /// Said once, when the browser's storage is too full to keep the app for offline reading.
    pub storage_full: &'static str,
    pub dismiss: &'static str,
    pub lookup_characters: &'static str,
    pub dictionary_heading: &'static str,
    pub dictionary_credit: &'static str,
    pub not_found_title: &'static str,
    pub not_found_text: &'static str,
    /// In a study page's place when its part of the app could not be fetched (src/pages/parts.rs).
    pub part_failed_title: &'static str,
    pub part_failed_text: &'static str,
    /// In a piece's place (a citation panel, the source view, the settings) while its part of the
    /// app is fetched, and when it could not be (src/components/on_demand.rs), with the button
    /// that tries again.
    pub piece_loading: &'static str,
    pub piece_failed: &'static str,
    pub try_again: &'static str,
    pub back_home: &'static str,
    pub source_heading: &'static str,
    pub source_file: &'static str,
    pub method_heading: &'static str,
    pub method: [&'static str; 5],
    pub notes_heading: &'static str,
    pub header_notes: &'static str,
    pub paragraph_label: fn(u32) -> String,
    pub print_source: &'static str,
    pub about_title: &'static str,
    pub about_description: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub search_title: &'static str,
    pub search_description: &'static str,
    pub search_include_set_aside: &'static str,
    pub search_empty: [&'static str; 3],
    pub search_none: fn(&str) -> String,
    pub search_summary: fn(usize, usize) -> String,
    /// How many hits the default search leaves out, in set-aside passages.
    pub search_set_aside: fn(usize) -> String,
    /// A query found only in set-aside passages: no "nothing matches" for what is there.
    pub search_only_set_aside: fn(&str, usize) -> String,
    pub hits_in_document: fn(usize) -> String,
    pub header_place: &'static str,
    pub highlight_summary: fn(&str, usize) -> String,
    /// After the highlight summary: matches in repetitions the reading text shows once.
    pub hits_in_repeats: fn(usize) -> String,
    pub previous_hit: &'static str,
    pub next_hit: &'static str,
    pub clear_highlight: &'static str,
    pub terms_title: &'static str,
    pub terms_description: &'static str,
    pub terms_intro: &'static str,
    /// Under the formulations table where it is wider than the screen.
    pub terms_scroll_hint: &'static str,
    pub term_column: &'static str,
    pub total_column: &'static str,
    pub sort_by: fn(&str) -> String,
    pub concordance: &'static str,
    pub concordance_count: fn(usize, usize) -> String,
    pub concordance_none: &'static str,
    pub all_terms: &'static str,
    pub mark_terms: &'static str,
    pub show: &'static str,
    pub hide: &'static str,
    pub on: &'static str,
    pub off: &'static str,
    pub people_title: &'static str,
    pub people_description: &'static str,
    pub people_intro: &'static str,
    pub evidence: &'static str,
    /// Mentions of a person, and how many of them are in set-aside passages.
    pub mentions: fn(usize, usize) -> String,
    pub cite: &'static str,
    pub cite_paragraph: fn(u32) -> String,
    pub cite_document: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub share: &'static str,
    pub share_paragraph: fn(u32) -> String,
    pub link_copied: &'static str,
    pub quote_card: &'static str,
    /// Where the reading text skips paragraph numbers: the source's repeats of paragraphs shown
    /// elsewhere, from the first to the last number skipped.
    pub numbering_gap: fn(u32, u32) -> String,
    pub copy_failed: &'static str,
    pub downloads_heading: &'static str,
    pub download_json: &'static str,
    pub download_markdown: &'static str,
    pub download_text: &'static str,
    pub download_document: &'static str,
    pub study_tools: &'static str,
    pub update_ready: &'static str,
    pub update_accept: &'static str,
    pub update_later: &'static str,
    pub compare_title: &'static str,
    pub compare_intro: &'static str,
    /// How the clauses are compared: the likeness of a formula clause's versions (percent), the
    /// shortest run of a formula's wording, the shortest shared phrase.
    pub compare_method: fn(u32, usize, usize) -> String,
    /// Read by screen readers before a run of a resolution's own text.
    pub own_text: &'static str,
    pub only_own: &'static str,
    pub resolution_column: &'static str,
    pub formula_clauses_column: &'static str,
    pub shared_column: &'static str,
    pub share_column: &'static str,
    pub clauses_heading: &'static str,
    /// A formula clause, by number, and how many resolutions have a version of it.
    pub formula_clause: fn(u32, usize) -> String,
    /// The heading of a clause specific to one resolution, by the resolution's short title.
    pub specific_clause: fn(&str) -> String,
    /// Read by screen readers before text only in the copy, and only in the kept paragraph.
    pub added_text: &'static str,
    pub removed_text: &'static str,
    /// Characters in both, only in the copy, only in the kept paragraph, and how each is marked.
    pub repeat_summary: fn(usize, usize, usize) -> String,
    /// What opens one copy's comparison in a repeated passage's note, by the copy's source lines.
    pub compare_copy: fn(&str) -> String,
}

/// The interface strings in the page's language.
pub fn use_strings() -> Signal<&'static Strings> {
    expect_context::<Signal<&'static Strings>>()
}

/// Provides the interface strings in the page's language. Provided once, beside the
/// settings, rather than derived in each component: page titles are read after a prerendered
/// page's components are gone, so they must not depend on signals those components own.
pub fn provide_strings() {
    let language = use_language();
    provide_context(Signal::derive(move || strings(language.get())));
}

/// The strings of a language.
pub fn strings(language: Language) -> &'static Strings {
    match language {
        Language::Chinese => &ZH,
        Language::English => &EN,
    }
}

pub static ZH: Strings = Strings {
    interface: Language::Chinese,
    app_name: "人大文献阅览室",
    skip_to_text: "跳到正文",
    skip_past_text: "跳过正文，到上下篇导航",
    contents: "目录",
    close: "关闭",
    settings: "阅读设置",
    settings_button: "设置",
    shortcuts: "键盘快捷键",
    home: "首页",
    about: "关于文本",
    closing_meeting: "闭幕会",
    date: Date::chinese,
    session_description: |s| format!("{}（{}闭幕）的讲话、决议与公告全文", s.title, s.closing_date.chinese()),
    colon: "：",
    documents_count: |documents, paragraphs| format!("共 {documents} 篇文件，{paragraphs} 个段落"),
    chars_count: |chars| format!("{chars} 字"),
    kind_plural: |kind| match kind {
        DocumentKind::Speech => "讲话",
        DocumentKind::Resolution => "决议",
        DocumentKind::Notice => "公告",
    },
    previous: "上一篇",
    next: "下一篇",
    paragraph_link: |n| format!("第 {n} 段的链接"),
    source_view: "显示原始文本",
    reading_view: "显示整理文本",
    source_view_caption: |file| format!("原始文本：{file} 中本文件的全部非空行，行号为原文件行号"),
    lacuna_marker: "〔缺文〕",
    lacuna_label: "缺文",
    lacuna_text: "原文此处缺失文字，未作拼接。",
    interpolation_label: "新闻报道插入语",
    interpolation_text: "此段是混入讲话的第三人称新闻报道，不属于讲话本身。",
    repeated_label: "重复段落",
    repeated_text: |count, lines| format!("原文另有 {count} 处重复此段（或其部分），见原文第 {lines} 行；此处只显示最完整的一处。"),
    duplicate_text: |of| format!("此段是原文对第 {of} 段（或其部分）的重复，阅读文本中只显示第 {of} 段。"),
    breadcrumbs: "当前位置",
    pager: "上一篇与下一篇",
    joined_label: "跨页拼接",
    joined_text: |a, b| format!("原文第 {a} 行在句中断开，与第 {b} 行拼接。"),
    normalized_label: "排印规范",
    normalized_text: |what, line| {
        let change = match what {
            renda_model::Normalization::FullWidthBrackets => "半角括号改为全角括号",
            renda_model::Normalization::TitleWrapSpaces => "删去标题中因换行产生的空格",
            renda_model::Normalization::EdgeWhitespace => "删去行首行尾空白",
        };
        format!("原文第 {line} 行：{change}。")
    },
    list_separator: "、",
    theme: "主题",
    theme_light: "浅色",
    theme_dark: "深色",
    theme_system: "跟随系统",
    font_size: "字号",
    font_small: "小",
    font_medium: "中",
    font_large: "大",
    spacing: "行距",
    spacing_normal: "标准",
    spacing_relaxed: "宽松",
    language: "界面语言",
    shortcut_list: [
        ("← / →", "上一篇 / 下一篇文件"),
        ("j / k", "下一段 / 上一段"),
        ("/", "跳到检索框"),
        ("Esc", "关闭对话框或目录"),
        ("?", "显示快捷键"),
        ("m", "切换阅读模式：中文、英文、对照"),
    ],
    sic_label: "原文如此",
    sic_text: |phrase| format!("“{phrase}”照录原文，疑有讹误。"),
    translator_note_label: "译注",
    reading_mode: "阅读模式",
    mode_name: |mode| match mode {
        ReadingMode::Chinese => "中文",
        ReadingMode::English => "英文",
        ReadingMode::Parallel => "对照",
    },
    translation_notice: "英文为本阅览室的非官方译文，仅供参考，以中文原文为准。",
    translation_loading: "正在载入英文译文……",
    translation_failed: |shown| {
        if shown {
            "英文译文未能载入，可能是因为已经离线。暂先显示中文原文。"
        } else {
            "英文译文未能载入，可能是因为已经离线。"
        }
    },
    translation_gone: |shown| {
        if shown {
            "阅览室已更新，本页所属版本的英文译文已不在服务器上：请重新载入页面。暂先显示中文原文。"
        } else {
            "阅览室已更新，本页所属版本的英文译文已不在服务器上：请重新载入页面。"
        }
    },
    english_place: |n| format!("第 {n} 段（英译）"),
    download_failed: "文件未能取得，可能是因为已经离线。",
    download_with_translation: "下载中英对照文本",
    download_markdown_translation: "全部文件，附英文译文（Markdown）",
    download_text_translation: "全部文件，附英文译文（纯文本）",
    cite_translation: "引用英文译文（Chicago）",
    reading_order_note: "文件按种类排列（讲话、决议、公告），上一篇、下一篇也按此顺序，便于同类文件连读。原文的顺序与此不同：每篇文件的原始文本视图注明它在原文中是第几篇。",
    source_order: |n, total| format!("在原文中是第 {n} 篇（共 {total} 篇）。"),
    script: "字形",
    pinyin: "拼音",
    look_up: "点词查词典",
    aids_failed: "阅读辅助的数据未能载入：请在联网时再打开一次。",
    aids_gone: "阅览室已更新，本页所属版本的阅读辅助数据已不在服务器上：请重新载入页面。",
    reload: "重新载入",
    keep_aids: "保存阅读辅助，供离线使用",
    aids_kept: "繁体、拼音和词典已保存，离线也能使用。",
    aids_keeping: "正在保存……",
    aids_not_kept: "未能保存：请在联网时再试一次。",
    offline_ready: "阅览室已保存在本浏览器中，离线也能阅读。",
    storage_full: "本浏览器的存储空间不足，阅览室未能保存以供离线阅读；联网阅读一切照常。",
    dismiss: "知道了",
    lookup_characters: "CC-CEDICT 未收此词，以下是其中各字：",
    dictionary_heading: "繁体、拼音与词典",
    dictionary_credit: "繁体由 OpenCC（ferrous-opencc）转换，拼音按 jieba-rs 分词后取自 CC-CEDICT，不足处用 pinyin 库逐字注音；词典为 CC-CEDICT 中本语料用到的词条，依 CC BY-SA 4.0 许可使用。人工校订的例外见 corpus/reading-aids.toml。",
    not_found_title: "找不到这个页面",
    not_found_text: "这个地址没有对应的页面。文件地址的形式是 /d/文件名。",
    part_failed_title: "这一页未能载入",
    part_failed_text: "这一页的程序部分未能从服务器取得，可能是因为已经离线。请在联网时重新载入；其他页面照常可以阅读。",
    piece_loading: "正在载入……",
    piece_failed: "未能取得这项功能所需的程序文件：可能已经离线，或阅览室已经更新。",
    try_again: "再试一次",
    back_home: "返回首页",
    source_heading: "来源",
    source_file: "原始文件",
    method_heading: "整理方法",
    method: [
        "原始文本逐字节保存，不作修改；每篇文件都可切换到原始文本视图核对。",
        "因分页在句中断开的段落予以拼接，并加注说明。",
        "原文缺失文字之处标为缺文，不跨缺口拼接，以免造出原文没有的句子。",
        "原文重复的段落只显示最完整的一处，并注明重复的位置；混入讲话的新闻报道语句单独标出。",
        "每项整理决定都由自动检测提出、经 corpus/apparatus 中的审校文件确认。",
    ],
    notes_heading: "全部整理注记",
    header_notes: "标题与题注",
    paragraph_label: |n| format!("第 {n} 段"),
    print_source: "来源",
    about_title: "关于文本",
    about_description: "原始文本、其 SHA-256、整理方法与全部整理注记。",
    search_label: "检索全文",
    search_placeholder: "检索全文",
    search_title: "检索",
    search_description: "在全部文件中逐字检索，支持繁体与全角输入。",
    search_include_set_aside: "包括原文重复的段落和新闻报道插入语",
    search_empty: [
        "输入任意字词即可检索，不需要分词：任何连续的字都能找到，包括跨越词语边界的片段，如“市、文旅”。",
        "繁体输入会转换为简体（如“高質量發展”），全角与半角字母、数字、标点视为相同。",
        "按 / 键可随时跳到检索框。",
    ],
    search_none: |q| format!("没有找到“{q}”。请检查是否有错字，或缩短检索词；原文重复段落和新闻报道插入语默认不检索，可勾选上方选项。"),
    search_summary: |hits, documents| format!("{documents} 篇文件中共 {hits} 处"),
    search_set_aside: |n| format!("另有 {n} 处在原文重复段落和新闻报道插入语中："),
    search_only_set_aside: |q, n| format!("“{q}”只见于原文重复段落和新闻报道插入语，共 {n} 处："),
    hits_in_document: |n| format!("{n} 处"),
    header_place: "标题与题注",
    highlight_summary: |q, n| format!("本文中“{q}”共 {n} 处"),
    hits_in_repeats: |n| format!("，另有 {n} 处在原文重复、只显示一次的段落中"),
    previous_hit: "上一处",
    next_hit: "下一处",
    clear_highlight: "清除高亮",
    terms_title: "提法",
    terms_description: "各文件中固定提法的使用次数与用法索引。",
    terms_intro: "下表统计每个提法在各文件整理文本中出现的次数（原文重复段落和新闻报道插入语不计）。点击表头排序，点击提法查看全部用例。",
    terms_scroll_hint: "表格较宽：左右滑动查看各文件的列 →",
    term_column: "提法",
    total_column: "合计",
    sort_by: |column| format!("按{column}排序"),
    concordance: "用例",
    concordance_count: |hits, documents| format!("{documents} 篇文件中共 {hits} 处"),
    concordance_none: "整理文本中没有这个提法（可能只出现在新闻报道插入语中）。",
    all_terms: "全部提法",
    mark_terms: "标出提法",
    show: "显示",
    hide: "不显示",
    on: "开",
    off: "关",
    people_title: "人物",
    people_description: "文件中提到的人物、文本所给的身份及出处。",
    people_intro: "文件中提到姓名的全部人物。身份以文本本身的说法为准，并给出原文依据。",
    evidence: "依据",
    mentions: |n, set_aside| match set_aside {
        0 => format!("提及 {n} 处"),
        some => format!("提及 {n} 处，其中 {some} 处在原文重复段落和新闻报道插入语中"),
    },
    cite: "引用",
    cite_paragraph: |n| format!("引用第 {n} 段"),
    share: "分享",
    share_paragraph: |n| format!("分享第 {n} 段"),
    link_copied: "链接已复制",
    quote_card: "引文卡片",
    numbering_gap: |first, last| {
        let which = if first == last { format!("第 {first} 段") } else { format!("第 {first}–{last} 段") };
        format!("{which}是原文重复的段落，只在其最完整的一处显示，段落编号在此跳过。")
    },
    cite_document: "引用本文",
    copy: "复制",
    copied: "已复制到剪贴板",
    copy_failed: "无法写入剪贴板，请手动选择复制",
    downloads_heading: "下载",
    download_json: "语料 JSON",
    download_markdown: "全部文件（Markdown）",
    download_text: "全部文件（纯文本）",
    download_document: "下载纯文本",
    study_tools: "研读工具",
    update_ready: "阅览室有新版本。",
    update_accept: "更新并重新载入",
    update_later: "稍后",
    compare_title: "固定句式与差异",
    compare_intro: "各项决议沿用几套固定句式。这里逐句对照，标出每份决议在固定句式之外说了什么：谁作的报告，认可什么，要求什么。",
    compare_method: |percent, run, phrase| {
        format!(
            "方法：以句号、分号为界分句。报告人的姓名连同其后的职务、决议批准的报告名称和作报告的机关\
             不参与比对，算作各决议特有。不同决议的两句逐字比对（Myers 差异算法），相同字数的两倍除以\
             两句字数之和不低于 {percent}% 的，视为同一固定句式的两个版本（也可经由其他版本相连）。\
             固定句式中与其他版本相同的连续 {run} 字以上（以及同一位置的标点）为句式文字；其他句子中\
             见于别的决议的连续 {phrase} 字以上为共有词句，不计入句式；其余为该决议特有（加下划线、着色）。\
             固定句式占比＝句式文字字数÷总字数。"
        )
    },
    own_text: "特有：",
    only_own: "只看各决议特有的文字",
    resolution_column: "决议",
    formula_clauses_column: "固定句式 / 句数",
    shared_column: "句式文字 / 总字数",
    share_column: "固定句式占比",
    clauses_heading: "逐句对照",
    formula_clause: |n, versions| format!("固定句式 {n}（{versions} 份决议）"),
    specific_clause: |title| format!("{title}特有的句子"),
    added_text: "只见于重复处：",
    removed_text: "只见于保留的段落：",
    repeat_summary: |shared, added, removed| {
        format!("两处相同 {shared} 字；只见于重复处（加下划线）{added} 字；只见于保留的段落（加点线下划线）{removed} 字。")
    },
    compare_copy: |lines| format!("逐字比对原文第 {lines} 行的重复"),
};

pub static EN: Strings = Strings {
    interface: Language::English,
    app_name: "Renda Reader",
    skip_to_text: "Skip to the text",
    skip_past_text: "Skip past the text to the previous and next documents",
    contents: "Contents",
    close: "Close",
    settings: "Reading settings",
    settings_button: "Settings",
    shortcuts: "Keyboard shortcuts",
    home: "Home",
    about: "About the text",
    closing_meeting: "closing meeting",
    date: Date::english,
    session_description: |s| {
        let title = s.title_en.as_deref().unwrap_or(&s.title);
        format!("The closing speech, resolutions and notice of the {title} (closed {}), in full, in Chinese with an unofficial English translation", s.closing_date.english())
    },
    colon: ": ",
    documents_count: |documents, paragraphs| format!("{}, {}", count(documents, "document"), count(paragraphs, "paragraph")),
    chars_count: |chars| count(chars, "character"),
    kind_plural: |kind| match kind {
        DocumentKind::Speech => "Speech",
        DocumentKind::Resolution => "Resolutions",
        DocumentKind::Notice => "Notice",
    },
    previous: "Previous",
    next: "Next",
    paragraph_link: |n| format!("Link to paragraph {n}"),
    source_view: "Show the source text",
    reading_view: "Show the reading text",
    source_view_caption: |file| format!("Source text: every non-blank line of this document in {file}, with the file's line numbers"),
    lacuna_marker: "[gap]",
    lacuna_label: "Lacuna",
    lacuna_text: "Text is missing from the source here; nothing was joined across the gap.",
    interpolation_label: "News-report insertion",
    interpolation_text: "A third-person news report mixed into the speech; not part of the speech itself.",
    repeated_label: "Repeated passage",
    repeated_text: |repeats, lines| {
        let times = if repeats == 1 { "once more".to_string() } else { format!("{repeats} more times") };
        let at = if repeats == 1 && !lines.contains('–') { "line" } else { "lines" };
        format!("The source repeats this paragraph (or part of it) {times}, at {at} {lines}; it is shown once, in its fullest version.")
    },
    duplicate_text: |of| format!("The source repeats paragraph {of} (or part of it) here; the reading text shows paragraph {of} only."),
    breadcrumbs: "You are here",
    pager: "Previous and next document",
    joined_label: "Page break joined",
    joined_text: |a, b| format!("Source line {a} breaks off mid-sentence and was joined to line {b}."),
    normalized_label: "Typography",
    normalized_text: |what, line| {
        let change = match what {
            renda_model::Normalization::FullWidthBrackets => "half-width brackets became full-width",
            renda_model::Normalization::TitleWrapSpaces => "spaces left in the title by line wrapping were removed",
            renda_model::Normalization::EdgeWhitespace => "white space at the ends of the line was removed",
        };
        format!("Source line {line}: {change}.")
    },
    list_separator: ", ",
    theme: "Theme",
    theme_light: "Light",
    theme_dark: "Dark",
    theme_system: "System",
    font_size: "Text size",
    font_small: "Small",
    font_medium: "Medium",
    font_large: "Large",
    spacing: "Line spacing",
    spacing_normal: "Normal",
    spacing_relaxed: "Relaxed",
    language: "Interface language",
    shortcut_list: [
        ("← / →", "Previous / next document"),
        ("j / k", "Next / previous paragraph"),
        ("/", "Jump to the search box"),
        ("Esc", "Close a dialog or the contents"),
        ("?", "Show the shortcuts"),
        ("m", "Switch the reading mode: Chinese, English, parallel"),
    ],
    sic_label: "Sic",
    sic_text: |phrase| format!("“{phrase}” is kept as the source prints it, though it is probably corrupt."),
    translator_note_label: "Translator's note",
    reading_mode: "Reading mode",
    mode_name: |mode| match mode {
        ReadingMode::Chinese => "Chinese",
        ReadingMode::English => "English",
        ReadingMode::Parallel => "Parallel",
    },
    translation_notice: "Unofficial translation by Renda Reader. The Chinese text is authoritative.",
    translation_loading: "Loading the English translation…",
    translation_failed: |shown| {
        if shown {
            "The English translation could not be loaded, perhaps because you are offline. The Chinese text is shown meanwhile."
        } else {
            "The English translation could not be loaded, perhaps because you are offline."
        }
    },
    translation_gone: |shown| {
        if shown {
            "The reading room has been updated, and this page's version of the English translation is no longer on the server: reload the page. The Chinese text is shown meanwhile."
        } else {
            "The reading room has been updated, and this page's version of the English translation is no longer on the server: reload the page."
        }
    },
    english_place: |n| format!("Paragraph {n} (English)"),
    download_failed: "The file could not be fetched, perhaps because you are offline.",
    download_with_translation: "Download with the English translation",
    download_markdown_translation: "All documents with the English translation (Markdown)",
    download_text_translation: "All documents with the English translation (plain text)",
    cite_translation: "Cite the translation (Chicago)",
    reading_order_note: "Listed by kind (speech, resolutions, notice), and previous and next follow this order, so that documents of a kind read on from one another. The source has another order: each document's source view gives its place in the source.",
    source_order: |n, total| format!("Document {n} of {total} in the source."),
    script: "Script",
    pinyin: "Pinyin",
    look_up: "Look up words",
    aids_failed: "The reading aid's data could not be loaded: open it once more while online.",
    aids_gone: "The reading room has been updated, and this page's version of the reading aid's data is no longer on the server: reload the page.",
    reload: "Reload",
    keep_aids: "Keep the reading aids for offline use",
    aids_kept: "Traditional script, pinyin and the dictionary are kept: they work offline too.",
    aids_keeping: "Keeping…",
    aids_not_kept: "Could not keep them: try again while online.",
    offline_ready: "The reading room is saved in this browser: it can be read offline.",
    storage_full: "This browser's storage is full, so the reading room could not be saved for offline reading; reading online works as before.",
    dismiss: "OK",
    lookup_characters: "CC-CEDICT does not have this word; its characters:",
    dictionary_heading: "Traditional script, pinyin and dictionary",
    dictionary_credit: "Traditional characters by OpenCC (ferrous-opencc); pinyin by word (jieba-rs word division) from CC-CEDICT, else character by character from the pinyin crate; the dictionary is CC-CEDICT's entries for the words of this corpus, used under CC BY-SA 4.0. The reviewed exceptions are in corpus/reading-aids.toml.",
    not_found_title: "Page not found",
    not_found_text: "Nothing lives at this address. Documents live at /d/<name>.",
    part_failed_title: "This page could not be loaded",
    part_failed_text: "Its part of the app could not be fetched from the server, perhaps because you are offline. Reload it once you are online; the other pages can still be read.",
    piece_loading: "Loading…",
    piece_failed: "The part of the app this needs could not be downloaded: perhaps you are offline, or the reading room has been updated.",
    try_again: "Try again",
    back_home: "Back to the overview",
    source_heading: "Source",
    source_file: "Raw file",
    method_heading: "Editorial method",
    method: [
        "The raw text is kept byte for byte, unedited; every document can switch to a view of its source lines.",
        "Paragraphs split mid-sentence by a page break are joined, with a note.",
        "Where text is missing, a lacuna is marked; nothing is joined across a gap, which would invent a sentence.",
        "Passages the source repeats are shown once, in their fullest version, with a note of where they recur; news-report lines mixed into the speech are set apart.",
        "Each decision is proposed by automatic detection and confirmed in a reviewed file (corpus/apparatus).",
    ],
    notes_heading: "All editorial notes",
    header_notes: "Title and headings",
    paragraph_label: |n| format!("Paragraph {n}"),
    print_source: "Source",
    about_title: "About the text",
    about_description: "The raw source, its SHA-256, the editorial method and every editorial note.",
    search_label: "Search the texts",
    search_placeholder: "Search the texts",
    search_title: "Search",
    search_description: "Exact search over every document; Traditional characters and full-width input work.",
    search_include_set_aside: "Include passages the source repeats and news-report lines",
    search_empty: [
        "Type any characters: there is no word segmentation, so any run of characters is found, even across word boundaries, such as “市、文旅”.",
        "Traditional characters are converted to Simplified (高質量發展 finds 高质量发展); full-width and half-width letters, digits and punctuation count as the same.",
        "Press / anywhere to jump to the search box.",
    ],
    search_none: |q| format!("Nothing matches “{q}”. Check for a typo or try fewer characters; repeated passages and news-report lines are searched only when the option above is ticked."),
    search_summary: |hits, documents| format!("{} in {}", count(hits, "match"), count(documents, "document")),
    search_set_aside: |n| format!("{n} more in repeated passages and news-report lines:"),
    search_only_set_aside: |q, n| format!("“{q}” occurs only in repeated passages and news-report lines, {}:", count(n, "time")),
    hits_in_document: |n| count(n, "match"),
    header_place: "Title and headings",
    highlight_summary: |q, n| format!("“{q}”: {} in this document", count(n, "match")),
    hits_in_repeats: |n| format!(", and {n} more in repeated passages, which are shown once"),
    previous_hit: "Previous match",
    next_hit: "Next match",
    clear_highlight: "Clear highlights",
    terms_title: "Formulations",
    terms_description: "How often each fixed formulation (提法) is used in each document, with a concordance.",
    terms_intro: "How often each formulation occurs in each document's reading text (repeated passages and news-report lines are not counted). Sort by any column; open a formulation for every use in context.",
    terms_scroll_hint: "The table is wide: swipe sideways for each document's column →",
    term_column: "Formulation",
    total_column: "Total",
    sort_by: |column| format!("Sort by {column}"),
    concordance: "Concordance",
    concordance_count: |hits, documents| format!("{} in {}", count(hits, "use"), count(documents, "document")),
    concordance_none: "The reading text does not use this formulation (it may occur only in a news-report line).",
    all_terms: "All formulations",
    mark_terms: "Mark formulations",
    show: "Show",
    hide: "Hide",
    on: "On",
    off: "Off",
    people_title: "People",
    people_description: "Everyone the documents name, the role the text gives them, and where.",
    people_intro: "Everyone the documents name. Roles are as the text itself gives them, with the phrase that shows it.",
    evidence: "Evidence",
    mentions: |n, set_aside| match set_aside {
        0 => count(n, "mention"),
        some => format!("{}, {some} of them in repeated passages and news-report lines", count(n, "mention")),
    },
    cite: "Cite",
    cite_paragraph: |n| format!("Cite paragraph {n}"),
    share: "Share",
    share_paragraph: |n| format!("Share paragraph {n}"),
    link_copied: "Link copied",
    quote_card: "Quote card",
    numbering_gap: |first, last| {
        let which = if first == last { format!("Paragraph {first} repeats") } else { format!("Paragraphs {first}–{last} repeat") };
        format!("{which} a passage of the source shown once, in its fullest version; the numbering skips here.")
    },
    cite_document: "Cite this document",
    copy: "Copy",
    copied: "Copied to the clipboard",
    copy_failed: "The clipboard is not available: select the text and copy it",
    downloads_heading: "Downloads",
    download_json: "Corpus JSON",
    download_markdown: "All documents (Markdown)",
    download_text: "All documents (plain text)",
    download_document: "Download as text",
    study_tools: "Study tools",
    update_ready: "A new version of the reader is available.",
    update_accept: "Update and reload",
    update_later: "Later",
    compare_title: "Formula and difference",
    compare_intro: "A session's resolutions follow a few set formulas. Here they are set side by side, clause by clause, so that what each says beyond the formula stands out: who reported, what it endorses, what it asks for.",
    compare_method: |percent, run, phrase| {
        format!(
            "Method: clauses end at 。 and ；. The reporter's name and office, the report approved and \
             the body that made it are left out of the comparison, as each resolution's own. Clauses \
             of different resolutions are compared character by character (Myers diff); where twice \
             the characters they share, over both lengths, reach {percent}%, they are versions of one \
             formula clause (directly or through another version). In a formula clause, runs of {run} \
             or more characters (and punctuation in the same place) that another version shares are \
             formula wording; elsewhere, runs of {phrase} or more characters found in another \
             resolution are shared phrases, not formula; the rest is the resolution's own text \
             (underlined and tinted). \
             Formula share = characters of formula wording ÷ all characters."
        )
    },
    own_text: "own text: ",
    only_own: "Only what each resolution adds",
    resolution_column: "Resolution",
    formula_clauses_column: "Formula clauses / all",
    shared_column: "Formula wording / all characters",
    share_column: "Formula share",
    clauses_heading: "Clause by clause",
    formula_clause: |n, versions| format!("Formula clause {n} (in {})", count(versions, "resolution")),
    specific_clause: |title| format!("Specific to {title}"),
    added_text: "only in the repeat: ",
    removed_text: "only in the paragraph kept: ",
    repeat_summary: |shared, added, removed| {
        format!(
            "{} in both; {} only in the repeat (underlined); {} only in the paragraph kept (dotted underline).",
            count(shared, "character"),
            count(added, "character"),
            count(removed, "character")
        )
    },
    compare_copy: |lines| format!("Compare the repeat at source {} {lines}", if lines.contains('–') { "lines" } else { "line" }),
};

/// A count with its English noun, singular for one (“1 match”, “4 matches”). Every English count
/// goes through here, so that no label says “1 documents” or “time(s)”.
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        return format!("1 {noun}");
    }
    let plural = if noun.ends_with("ch") || noun.ends_with('s') || noun.ends_with('x') { "es" } else { "s" };
    format!("{} {noun}{plural}", thousands(n))
}

/// A number as English writes it, its thousands set off by commas (3,054).
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}
