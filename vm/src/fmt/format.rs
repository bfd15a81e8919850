//! The raw formatter, after Go's `fmt/format.go`: padding, integers,
//! strings, quoting, floats, with the flags of one verb.

use super::ftoa::append_float;
use super::quote::{
    append_quoted, append_quoted_rune, append_rune, can_backquote, decode_rune, is_print,
    rune_count, MAX_RUNE, RUNE_ERROR,
};

pub const LDIGITS: &[u8; 17] = b"0123456789abcdefx";
pub const UDIGITS: &[u8; 17] = b"0123456789ABCDEFX";

/// `fmtFlags`.
#[derive(Clone, Copy, Default, Debug)]
pub struct Flags {
    pub wid_present: bool,
    pub prec_present: bool,
    pub minus: bool,
    pub plus: bool,
    pub sharp: bool,
    pub space: bool,
    pub zero: bool,
    /// `%+v`: the plus flag moved here, as fmt does.
    pub plus_v: bool,
    /// `%#v`: the sharp flag moved here.
    pub sharp_v: bool,
}

/// `fmt`: the flags, width and precision of the current verb. The output
/// buffer is passed to each method.
#[derive(Clone, Copy, Default, Debug)]
pub struct Fmt {
    pub flags: Flags,
    /// Width; never more than about 1e7 (fmt's `tooLarge` bounds it).
    pub wid: i64,
    pub prec: i64,
}

impl Fmt {
    pub fn clear_flags(&mut self) {
        *self = Fmt::default();
    }

    /// `writePadding`: n bytes of padding.
    pub fn write_padding(&self, buf: &mut Vec<u8>, n: i64) {
        if n <= 0 {
            return;
        }
        let pad = if self.flags.zero && !self.flags.minus {
            b'0'
        } else {
            b' '
        };
        buf.resize(buf.len() + n as usize, pad);
    }

    /// `pad`: b padded to the width, on the left unless `-`.
    pub fn pad(&self, buf: &mut Vec<u8>, b: &[u8]) {
        if !self.flags.wid_present || self.wid == 0 {
            buf.extend_from_slice(b);
            return;
        }
        let width = self.wid - rune_count(b) as i64;
        if !self.flags.minus {
            self.write_padding(buf, width);
            buf.extend_from_slice(b);
        } else {
            buf.extend_from_slice(b);
            self.write_padding(buf, width);
        }
    }

    /// `fmtBoolean`.
    pub fn fmt_boolean(&self, buf: &mut Vec<u8>, v: bool) {
        self.pad(buf, if v { b"true" } else { b"false" });
    }

    /// `fmtUnicode`: "U+0078", or with `#` "U+0078 'x'".
    pub fn fmt_unicode(&mut self, buf: &mut Vec<u8>, mut u: u64) {
        let mut prec: i64 = 4;
        if self.flags.prec_present && self.prec > 4 {
            prec = self.prec;
        }
        // Built right to left, then reversed.
        let mut rev: Vec<u8> = Vec::new();
        if self.flags.sharp && u <= MAX_RUNE as u64 && is_print(u as u32) {
            let mut ch = Vec::new();
            append_rune(&mut ch, u as u32);
            rev.push(b'\'');
            rev.extend(ch.iter().rev());
            rev.push(b'\'');
            rev.push(b' ');
        }
        while u >= 16 {
            rev.push(UDIGITS[(u & 0xF) as usize]);
            prec -= 1;
            u >>= 4;
        }
        rev.push(UDIGITS[u as usize]);
        prec -= 1;
        while prec > 0 {
            rev.push(b'0');
            prec -= 1;
        }
        rev.push(b'+');
        rev.push(b'U');
        rev.reverse();
        let old_zero = self.flags.zero;
        self.flags.zero = false;
        self.pad(buf, &rev);
        self.flags.zero = old_zero;
    }

    /// `fmtInteger`: u in the base, as signed when `is_signed`.
    pub fn fmt_integer(
        &mut self,
        buf: &mut Vec<u8>,
        mut u: u64,
        base: u32,
        is_signed: bool,
        verb: char,
        digits: &[u8; 17],
    ) {
        let negative = is_signed && (u as i64) < 0;
        if negative {
            u = u.wrapping_neg();
        }
        let mut prec: i64 = 0;
        if self.flags.prec_present {
            prec = self.prec;
            if prec == 0 && u == 0 {
                let old_zero = self.flags.zero;
                self.flags.zero = false;
                self.write_padding(buf, self.wid);
                self.flags.zero = old_zero;
                return;
            }
        } else if self.flags.zero && !self.flags.minus && self.flags.wid_present {
            prec = self.wid;
            if negative || self.flags.plus || self.flags.space {
                prec -= 1;
            }
        }
        // Digits right to left, then reversed.
        let mut rev: Vec<u8> = Vec::with_capacity(68);
        match base {
            10 => {
                while u >= 10 {
                    rev.push(b'0' + (u % 10) as u8);
                    u /= 10;
                }
            }
            16 => {
                while u >= 16 {
                    rev.push(digits[(u & 0xF) as usize]);
                    u >>= 4;
                }
            }
            8 => {
                while u >= 8 {
                    rev.push(b'0' + (u & 7) as u8);
                    u >>= 3;
                }
            }
            _ => {
                while u >= 2 {
                    rev.push(b'0' + (u & 1) as u8);
                    u >>= 1;
                }
            }
        }
        rev.push(digits[u as usize]);
        if prec > rev.len() as i64 {
            rev.resize(prec as usize, b'0');
        }
        if self.flags.sharp {
            match base {
                2 => rev.extend_from_slice(b"b0"),
                8 if rev.last() != Some(&b'0') => rev.push(b'0'),
                16 => {
                    rev.push(digits[16]);
                    rev.push(b'0');
                }
                _ => {}
            }
        }
        if verb == 'O' {
            rev.extend_from_slice(b"o0");
        }
        if negative {
            rev.push(b'-');
        } else if self.flags.plus {
            rev.push(b'+');
        } else if self.flags.space {
            rev.push(b' ');
        }
        rev.reverse();
        let old_zero = self.flags.zero;
        self.flags.zero = false;
        self.pad(buf, &rev);
        self.flags.zero = old_zero;
    }

    /// `truncate`: s cut to the precision, counted in runes.
    pub fn truncate<'s>(&self, s: &'s [u8]) -> &'s [u8] {
        if self.flags.prec_present {
            let mut n = self.prec;
            let mut i = 0;
            while i < s.len() {
                n -= 1;
                if n < 0 {
                    return &s[..i];
                }
                let (_, w) = decode_rune(&s[i..]);
                i += w;
            }
        }
        s
    }

    /// `fmtS` (and `fmtBs`).
    pub fn fmt_s(&self, buf: &mut Vec<u8>, s: &[u8]) {
        let s = self.truncate(s);
        self.pad(buf, s);
    }

    /// `fmtSbx`: the bytes of a string or byte slice in hex.
    pub fn fmt_sbx(&self, buf: &mut Vec<u8>, b: &[u8], digits: &[u8; 17]) {
        let mut length = b.len() as i64;
        if self.flags.prec_present && self.prec < length {
            length = self.prec;
        }
        let mut width = 2 * length;
        if width > 0 {
            if self.flags.space {
                if self.flags.sharp {
                    width *= 2;
                }
                width += length - 1;
            } else if self.flags.sharp {
                width += 2;
            }
        } else {
            if self.flags.wid_present {
                self.write_padding(buf, self.wid);
            }
            return;
        }
        if self.flags.wid_present && self.wid > width && !self.flags.minus {
            self.write_padding(buf, self.wid - width);
        }
        if self.flags.sharp {
            buf.push(b'0');
            buf.push(digits[16]);
        }
        for (i, &c) in b[..length as usize].iter().enumerate() {
            if self.flags.space && i > 0 {
                buf.push(b' ');
                if self.flags.sharp {
                    buf.push(b'0');
                    buf.push(digits[16]);
                }
            }
            buf.push(digits[(c >> 4) as usize]);
            buf.push(digits[(c & 0xF) as usize]);
        }
        if self.flags.wid_present && self.wid > width && self.flags.minus {
            self.write_padding(buf, self.wid - width);
        }
    }

    /// `fmtQ`: a quoted string; `#` makes it a raw string where it can.
    pub fn fmt_q(&self, buf: &mut Vec<u8>, s: &[u8]) {
        let s = self.truncate(s);
        if self.flags.sharp && can_backquote(s) {
            let mut q = Vec::with_capacity(s.len() + 2);
            q.push(b'`');
            q.extend_from_slice(s);
            q.push(b'`');
            self.pad(buf, &q);
            return;
        }
        let mut q = Vec::with_capacity(s.len() + 2);
        append_quoted(&mut q, s, self.flags.plus);
        self.pad(buf, &q);
    }

    /// `fmtC`: the integer as a character.
    pub fn fmt_c(&self, buf: &mut Vec<u8>, c: u64) {
        let r = if c > MAX_RUNE as u64 {
            RUNE_ERROR
        } else {
            c as u32
        };
        let mut b = Vec::with_capacity(4);
        append_rune(&mut b, r);
        self.pad(buf, &b);
    }

    /// `fmtQc`: the integer as a quoted character.
    pub fn fmt_qc(&self, buf: &mut Vec<u8>, c: u64) {
        let r = if c > MAX_RUNE as u64 {
            RUNE_ERROR
        } else {
            c as u32
        };
        let mut b = Vec::with_capacity(8);
        append_quoted_rune(&mut b, r, self.flags.plus);
        self.pad(buf, &b);
    }

    /// `fmtFloat`: v in the verb (a strconv format byte) with the default
    /// precision `prec` unless one was given.
    pub fn fmt_float(&mut self, buf: &mut Vec<u8>, v: f64, size: u8, verb: u8, mut prec: i64) {
        if self.flags.prec_present {
            prec = self.prec;
        }
        let mut num: Vec<u8> = vec![b'+'];
        append_float(&mut num, v, verb, prec, size);
        if num[1] == b'-' || num[1] == b'+' {
            num.remove(0);
        }
        if self.flags.space && num[0] == b'+' && !self.flags.plus {
            num[0] = b' ';
        }
        if num[1] == b'I' || num[1] == b'N' {
            let old_zero = self.flags.zero;
            self.flags.zero = false;
            if num[1] == b'N' && !self.flags.space && !self.flags.plus {
                num.remove(0);
            }
            self.pad(buf, &num);
            self.flags.zero = old_zero;
            return;
        }
        if self.flags.sharp && verb != b'b' {
            let mut digits: i64 = 0;
            if matches!(verb, b'v' | b'g' | b'G' | b'x') {
                digits = prec;
                if digits == -1 {
                    digits = 6;
                }
            }
            let mut tail: Vec<u8> = Vec::new();
            let mut has_decimal_point = false;
            let mut saw_nonzero_digit = false;
            let mut i = 1;
            while i < num.len() {
                match num[i] {
                    b'.' => has_decimal_point = true,
                    b'p' | b'P' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                        break;
                    }
                    b'e' | b'E' if verb != b'x' && verb != b'X' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                        break;
                    }
                    c => {
                        if c != b'0' {
                            saw_nonzero_digit = true;
                        }
                        if saw_nonzero_digit {
                            digits -= 1;
                        }
                    }
                }
                i += 1;
            }
            if !has_decimal_point {
                if num.len() == 2 && num[1] == b'0' {
                    digits -= 1;
                }
                num.push(b'.');
            }
            if digits > 0 {
                num.resize(num.len() + digits as usize, b'0');
            }
            num.extend_from_slice(&tail);
        }
        if self.flags.plus || num[0] != b'+' {
            if self.flags.zero
                && !self.flags.minus
                && self.flags.wid_present
                && self.wid > num.len() as i64
            {
                buf.push(num[0]);
                self.write_padding(buf, self.wid - num.len() as i64);
                buf.extend_from_slice(&num[1..]);
                return;
            }
            self.pad(buf, &num);
            return;
        }
        self.pad(buf, &num[1..]);
    }
}
