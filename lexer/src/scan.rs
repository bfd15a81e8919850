//! Hand-written scanners for the tokens whose extent and validity depend
//! on more than a regular expression can say with gc's error positions:
//! numbers, rune and string literals, comments and non-ASCII identifiers.
//! Each is a direct port of the function of the same name in gc's
//! `cmd/compile/internal/syntax/scanner.go`; each takes a cursor at the
//! token's first character and leaves it on the first character after it.

use crate::cursor::{Cursor, EOF};
use crate::gofmt::{quote_rune, sharp_u};
use crate::unicode::{is_digit, is_letter};
use crate::Token;

/// gc's `lower`: the lower-case letter if `ch` is an ASCII letter.
fn lower(ch: i32) -> i32 {
    0x20 | ch
}

fn is_decimal(ch: i32) -> bool {
    (b'0' as i32..=b'9' as i32).contains(&ch)
}

fn is_hex(ch: i32) -> bool {
    is_decimal(ch) || (b'a' as i32..=b'f' as i32).contains(&lower(ch))
}

fn is(ch: i32, c: u8) -> bool {
    ch == c as i32
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        16 => "hexadecimal",
        _ => "decimal",
    }
}

/// gc's `atIdentChar`: whether the current (non-ASCII or ASCII letter or
/// digit) character continues an identifier, reporting the characters
/// gc accepts into one only with an error.
fn at_ident_char(cur: &mut Cursor, first: bool) -> bool {
    if cur.ch == EOF {
        return false;
    }
    let c = cur.char();
    if is_letter(c) || c == '_' {
        // ok
    } else if is_digit(c) {
        if first {
            cur.error(format!(
                "identifier cannot begin with digit {}",
                sharp_u(c as u32)
            ));
        }
    } else if cur.ch >= 0x80 {
        cur.error(format!(
            "invalid character {} in identifier",
            sharp_u(c as u32)
        ));
    } else {
        return false;
    }
    true
}

/// An identifier starting with a non-ASCII character.
pub(crate) fn ident_non_ascii(cur: &mut Cursor) {
    at_ident_char(cur, true);
    cur.next();
    ident_rest(cur);
}

/// The rest of an identifier (gc's `ident` loops).
pub(crate) fn ident_rest(cur: &mut Cursor) {
    loop {
        let ch = cur.ch;
        if (0..0x80).contains(&ch) {
            let b = ch as u8;
            if !(b.is_ascii_alphanumeric() || b == b'_') {
                return;
            }
        } else if !at_ident_char(cur, false) {
            return;
        }
        cur.next();
    }
}

/// gc's `digits`: `{ digit | '_' }`, recording in `invalid` the offset
/// (from `start`) of the first digit too large for `base`. Returns bit 0
/// set if there were digits, bit 1 if there were separators.
fn digits(cur: &mut Cursor, start: usize, base: u32, invalid: &mut Option<usize>) -> u32 {
    let mut digsep = 0;
    if base <= 10 {
        let max = b'0' as i32 + base as i32;
        while is_decimal(cur.ch) || is(cur.ch, b'_') {
            let mut ds = 1;
            if is(cur.ch, b'_') {
                ds = 2;
            } else if cur.ch >= max && invalid.is_none() {
                *invalid = Some(cur.pos - start);
            }
            digsep |= ds;
            cur.next();
        }
    } else {
        while is_hex(cur.ch) || is(cur.ch, b'_') {
            digsep |= if is(cur.ch, b'_') { 2 } else { 1 };
            cur.next();
        }
    }
    digsep
}

/// gc's `number`. `start` is the offset of the literal; with `seen_point`
/// the cursor is just past its leading '.'.
pub(crate) fn number(cur: &mut Cursor, start: usize, mut seen_point: bool) -> Token {
    let mut ok = true;
    let mut kind = Token::Int;
    let mut base = 10;
    let mut prefix = 0u8; // 0 (decimal), b'0' (0-octal), b'x', b'o' or b'b'
    let mut digsep = 0;
    let mut invalid = None;

    if !seen_point {
        if is(cur.ch, b'0') {
            cur.next();
            match lower(cur.ch) {
                0x78 => {
                    cur.next();
                    (base, prefix) = (16, b'x');
                }
                0x6f => {
                    cur.next();
                    (base, prefix) = (8, b'o');
                }
                0x62 => {
                    cur.next();
                    (base, prefix) = (2, b'b');
                }
                _ => {
                    (base, prefix) = (8, b'0');
                    digsep = 1; // leading 0
                }
            }
        }
        digsep |= digits(cur, start, base, &mut invalid);
        if is(cur.ch, b'.') {
            if prefix == b'o' || prefix == b'b' {
                cur.error(format!(
                    "invalid radix point in {} literal",
                    base_name(base)
                ));
                ok = false;
            }
            cur.next();
            seen_point = true;
        }
    }

    if seen_point {
        kind = Token::Float;
        digsep |= digits(cur, start, base, &mut invalid);
    }

    if digsep & 1 == 0 && ok {
        cur.error(format!("{} literal has no digits", base_name(base)));
        ok = false;
    }

    let e = lower(cur.ch);
    if is(e, b'e') || is(e, b'p') {
        if ok {
            if is(e, b'e') && prefix != 0 && prefix != b'0' {
                cur.error(format!(
                    "{} exponent requires decimal mantissa",
                    quote_rune(cur.char())
                ));
                ok = false;
            } else if is(e, b'p') && prefix != b'x' {
                cur.error(format!(
                    "{} exponent requires hexadecimal mantissa",
                    quote_rune(cur.char())
                ));
                ok = false;
            }
        }
        cur.next();
        kind = Token::Float;
        if is(cur.ch, b'+') || is(cur.ch, b'-') {
            cur.next();
        }
        digsep = digits(cur, start, 10, &mut None) | (digsep & 2);
        if digsep & 1 == 0 && ok {
            cur.error("exponent has no digits".into());
            ok = false;
        }
    } else if prefix == b'x' && kind == Token::Float && ok {
        cur.error("hexadecimal mantissa requires a 'p' exponent".into());
        ok = false;
    }

    if is(cur.ch, b'i') {
        kind = Token::Imag;
        cur.next();
    }

    let lit = cur.bytes().get(start..cur.pos).unwrap_or_default();
    if kind == Token::Int && ok {
        if let Some(i) = invalid {
            let d = lit.get(i).copied().unwrap_or(b'0') as char;
            cur.error_at(
                start + i,
                format!(
                    "invalid digit {} in {} literal",
                    quote_rune(d),
                    base_name(base)
                ),
            );
            ok = false;
        }
    }
    if digsep & 2 != 0 && ok {
        if let Some(i) = invalid_sep(lit) {
            cur.error_at(start + i, "'_' must separate successive digits".into());
        }
    }
    kind
}

/// gc's `invalidSep`: the index of the first misplaced '_' in a number
/// literal.
fn invalid_sep(x: &[u8]) -> Option<usize> {
    let mut x1 = b' '; // prefix char, we only care if it's 'x'
    let mut d = b'.'; // one of '_', '0' (a digit), or '.' (anything else)
    let mut i = 0;

    // a prefix counts as a digit
    if x.len() >= 2 && x[0] == b'0' {
        x1 = 0x20 | x[1];
        if x1 == b'x' || x1 == b'o' || x1 == b'b' {
            d = b'0';
            i = 2;
        }
    }

    while i < x.len() {
        let p = d;
        d = x[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || x1 == b'x' && d.is_ascii_hexdigit() {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    if d == b'_' {
        return Some(x.len() - 1);
    }
    None
}

/// gc's `rune`.
pub(crate) fn rune(cur: &mut Cursor, start: usize) {
    let mut ok = true;
    cur.next();
    let mut n = 0;
    loop {
        if is(cur.ch, b'\'') {
            if ok {
                if n == 0 {
                    cur.error("empty rune literal or unescaped '".into());
                } else if n != 1 {
                    cur.error_at(start, "more than one character in rune literal".into());
                }
            }
            cur.next();
            break;
        }
        if is(cur.ch, b'\\') {
            cur.next();
            if !escape(cur, b'\'') {
                ok = false;
            }
            n += 1;
            continue;
        }
        if is(cur.ch, b'\n') {
            if ok {
                cur.error("newline in rune literal".into());
            }
            break;
        }
        if cur.ch == EOF {
            if ok {
                cur.error_at(start, "rune literal not terminated".into());
            }
            break;
        }
        cur.next();
        n += 1;
    }
}

/// gc's `stdString`.
pub(crate) fn std_string(cur: &mut Cursor, start: usize) {
    cur.next();
    loop {
        match cur.ch {
            0x22 => {
                cur.next();
                return;
            }
            0x5c => {
                cur.next();
                escape(cur, b'"');
            }
            0x0a => {
                cur.error("newline in string".into());
                return;
            }
            EOF => {
                cur.error_at(start, "string not terminated".into());
                return;
            }
            _ => cur.next_skip_plain(|b| !matches!(b, b'"' | b'\\' | b'\n' | 0 | 0xEF)),
        }
    }
}

/// gc's `rawString`. Carriage returns stay in the literal's text.
pub(crate) fn raw_string(cur: &mut Cursor, start: usize) {
    cur.next();
    loop {
        match cur.ch {
            0x60 => {
                cur.next();
                return;
            }
            EOF => {
                cur.error_at(start, "string not terminated".into());
                return;
            }
            _ => cur.next_skip_plain(|b| !matches!(b, b'`' | 0 | 0xEF)),
        }
    }
}

/// gc's `skipLine` after `//`: stops before the newline, which then
/// inserts a semicolon as a newline does.
pub(crate) fn line_comment(cur: &mut Cursor) {
    if let Some(rest) = cur.bytes().get(cur.pos..) {
        let end = memchr::memchr3(b'\n', 0, 0xEF, rest).map_or(rest.len(), |i| i);
        if rest.get(end).is_none_or(|&b| b == b'\n') {
            cur.jump(cur.pos + end);
            return;
        }
    }
    while cur.ch != EOF && !is(cur.ch, b'\n') {
        cur.next();
    }
}

/// gc's `skipComment` after `/*` (the cursor is past it). Returns whether
/// the comment contained a newline.
pub(crate) fn full_comment(cur: &mut Cursor, start: usize) -> bool {
    if let Some(rest) = cur.bytes().get(cur.pos..) {
        if let Some(i) = memchr::memmem::find(rest, b"*/") {
            let body = &rest[..i];
            if memchr::memchr2(0, 0xEF, body).is_none() {
                cur.jump(cur.pos + i + 2);
                return memchr::memchr(b'\n', body).is_some();
            }
        }
    }
    let mut newline = false;
    while cur.ch != EOF {
        while is(cur.ch, b'*') {
            cur.next();
            if is(cur.ch, b'/') {
                cur.next();
                return newline;
            }
        }
        if is(cur.ch, b'\n') {
            newline = true;
        }
        cur.next();
    }
    cur.error_at(start, "comment not terminated".into());
    newline
}

/// gc's `escape`, the cursor just past the backslash. Returns false after
/// reporting an invalid escape.
fn escape(cur: &mut Cursor, quote: u8) -> bool {
    let (n, base, max): (u32, u64, u64);
    match cur.ch {
        c if c == quote as i32 => {
            cur.next();
            return true;
        }
        0x61 | 0x62 | 0x66 | 0x6e | 0x72 | 0x74 | 0x76 | 0x5c => {
            // a b f n r t v backslash
            cur.next();
            return true;
        }
        0x30..=0x37 => (n, base, max) = (3, 8, 255),
        0x78 => {
            cur.next();
            (n, base, max) = (2, 16, 255);
        }
        0x75 => {
            cur.next();
            (n, base, max) = (4, 16, 0x10FFFF);
        }
        0x55 => {
            cur.next();
            (n, base, max) = (8, 16, 0x10FFFF);
        }
        _ => {
            if cur.ch == EOF {
                return true; // complain in caller about EOF
            }
            cur.error("unknown escape".into());
            return false;
        }
    }

    let mut x: u64 = 0;
    for _ in 0..n {
        if cur.ch == EOF {
            return true; // complain in caller about EOF
        }
        let d = if is_decimal(cur.ch) {
            (cur.ch - b'0' as i32) as u64
        } else if (b'a' as i32..=b'f' as i32).contains(&lower(cur.ch)) {
            (lower(cur.ch) - b'a' as i32 + 10) as u64
        } else {
            base
        };
        if d >= base {
            let msg = format!(
                "invalid character {} in {} escape",
                quote_rune(cur.char()),
                base_name(base as u32)
            );
            cur.error(msg);
            return false;
        }
        x = x * base + d;
        cur.next();
    }

    if x > max && base == 8 {
        cur.error(format!("octal escape value {x} > 255"));
        return false;
    }
    if x > max || (0xD800..0xE000).contains(&x) {
        cur.error(format!(
            "escape is invalid Unicode code point {}",
            sharp_u(x as u32)
        ));
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::invalid_sep;

    #[test]
    fn separators() {
        assert_eq!(invalid_sep(b"1_000"), None);
        assert_eq!(invalid_sep(b"0x_1"), None);
        assert_eq!(invalid_sep(b"1__0"), Some(2));
        assert_eq!(invalid_sep(b"1_"), Some(1));
        assert_eq!(invalid_sep(b"1_.5"), Some(1));
        assert_eq!(invalid_sep(b"0_7"), None);
        assert_eq!(invalid_sep(b"_1"), Some(0));
    }
}
