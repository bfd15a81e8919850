//! The two Go formatting verbs gc's scanner messages use on characters:
//! `%#U` (`U+0040 '@'`) and `%q` on a rune (`'\n'`).

use crate::unicode::is_print;
use std::fmt::Write;

/// Go's `fmt.Sprintf("%#U", c)`.
pub fn sharp_u(c: u32) -> String {
    let mut s = format!("U+{c:04X}");
    if let Some(ch) = char::from_u32(c).filter(|_| is_print(c)) {
        let _ = write!(s, " '{ch}'");
    }
    s
}

/// Go's `fmt.Sprintf("%q", c)` for a rune (`strconv.QuoteRune`).
pub fn quote_rune(c: char) -> String {
    let mut s = String::from("'");
    match c {
        '\x07' => s.push_str("\\a"),
        '\x08' => s.push_str("\\b"),
        '\x0c' => s.push_str("\\f"),
        '\n' => s.push_str("\\n"),
        '\r' => s.push_str("\\r"),
        '\t' => s.push_str("\\t"),
        '\x0b' => s.push_str("\\v"),
        '\\' => s.push_str("\\\\"),
        '\'' => s.push_str("\\'"),
        _ if is_print(c as u32) => s.push(c),
        _ if (c as u32) < 0x20 || c == '\x7f' => {
            let _ = write!(s, "\\x{:02x}", c as u32);
        }
        _ if (c as u32) < 0x10000 => {
            let _ = write!(s, "\\u{:04x}", c as u32);
        }
        _ => {
            let _ = write!(s, "\\U{:08x}", c as u32);
        }
    }
    s.push('\'');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_as_go() {
        assert_eq!(sharp_u('@' as u32), "U+0040 '@'");
        assert_eq!(sharp_u(1), "U+0001");
        assert_eq!(sharp_u(0xA0), "U+00A0");
        assert_eq!(sharp_u(0x20AC), "U+20AC '€'");
        assert_eq!(sharp_u(0xD800), "U+D800");
        assert_eq!(sharp_u(0x110000), "U+110000");
        assert_eq!(quote_rune('g'), "'g'");
        assert_eq!(quote_rune('\n'), "'\\n'");
        assert_eq!(quote_rune('\''), "'\\''");
        assert_eq!(quote_rune('"'), "'\"'");
        assert_eq!(quote_rune('\x01'), "'\\x01'");
        assert_eq!(quote_rune('\x7f'), "'\\x7f'");
        assert_eq!(quote_rune('\u{a0}'), "'\\u00a0'");
        assert_eq!(quote_rune('\u{e0000}'), "'\\U000e0000'");
        assert_eq!(quote_rune('é'), "'é'");
    }
}
