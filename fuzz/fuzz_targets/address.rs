//! Arbitrary citations and texts: the address parser, resolution against a small
//! document, and reference extraction never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

const DOC: &str = "示範辦法\n第一章 總則\n第 1 條\n本辦法依示範法第十條第二項規定訂定之。\n第 2 條\n本辦法用詞，定義如下：\n一、資料：指文書。\n二、資料集：指資料之集合。\n前項第二款之資料集，應定期更新。\n第 2-1 條\n前條規定，準用之。\n";

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let doc = fagui::parse(DOC);
    if let Ok(addr) = fagui::query::Address::parse(text) {
        let _ = doc.resolve(&addr, Some("chap_1__art_2__para_2"));
        let _ = doc.get(&addr);
    }
    // the same text as an article body: references and terms are extracted safely
    let src = format!("示範辦法\n第 1 條\n{text}\n第 2 條\n{text}\n");
    let d2 = fagui::parse(&src);
    let _ = fagui::query::Export::new(&d2, &src).to_json().ok();
});
