// minigo's implementation of package strconv: integer parsing in Go
// (after Go's internal/strconv), formatting and float parsing as natives
// over the VM's own ports of Go's algorithms.

package strconv

import "errors"

var ErrRange = errors.New("value out of range")

var ErrSyntax = errors.New("invalid syntax")

// errBase and errBitSize stand for internal/strconv's ErrBase and
// ErrBitSize, which only name the failure before toError words it.
var errBase = errors.New("invalid base")

var errBitSize = errors.New("invalid bit size")

// formatBits formats i (as an unsigned number when unsigned) in base
// 2..36, as Go's formatBits does.
func formatBits(i uint64, base int, neg bool) string

// formatFloat is FormatFloat for a valid format byte.
func formatFloat(f float64, fmt byte, prec, bitSize int) string

// parseFloat parses s as Go's ParseFloat syntax (decimal or hexadecimal
// mantissa, exponent, underscores after a base prefix, Inf, Infinity,
// NaN); ok is false on a syntax error. A value out of range comes back
// as ±Inf (or ±0 below the smallest denormal is in range).
func parseFloat(s string, bitSize int) (f float64, ok bool)

// quote is Quote (mode 0) or QuoteToASCII (1).
func quote(s string, mode int) string

// quoteRune is QuoteRune (mode 0) or QuoteRuneToASCII (1).
func quoteRune(r rune, mode int) string

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

func toError(fn, s string, base, bitSize int, err error) error {
	switch err {
	case ErrSyntax:
		return &NumError{fn, s, ErrSyntax}
	case ErrRange:
		return &NumError{fn, s, ErrRange}
	case errBase:
		return &NumError{fn, s, errors.New("invalid base " + Itoa(base))}
	case errBitSize:
		return &NumError{fn, s, errors.New("invalid bit size " + Itoa(bitSize))}
	}
	return err
}

func lower(c byte) byte {
	return c | ('x' - 'X')
}

// Itoa is FormatInt(int64(i), 10), in one native call.
func Itoa(i int) string

func FormatInt(i int64, base int) string {
	if base < 2 || base > 36 {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	return formatBits(uint64(i), base, i < 0)
}

func FormatUint(i uint64, base int) string {
	if base < 2 || base > 36 {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	return formatBits(i, base, false)
}

func AppendInt(dst []byte, i int64, base int) []byte {
	return append(dst, FormatInt(i, base)...)
}

func AppendUint(dst []byte, i uint64, base int) []byte {
	return append(dst, FormatUint(i, base)...)
}

func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func AppendBool(dst []byte, b bool) []byte {
	return append(dst, FormatBool(b)...)
}

func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, &NumError{"ParseBool", str, ErrSyntax}
}

func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	switch fmt {
	case 'b', 'e', 'E', 'f', 'g', 'G', 'x', 'X':
		return formatFloat(f, fmt, prec, bitSize)
	}
	return "%" + string(fmt)
}

func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

func ParseFloat(s string, bitSize int) (float64, error) {
	f, ok := parseFloat(s, bitSize)
	if !ok {
		return 0, &NumError{"ParseFloat", s, ErrSyntax}
	}
	if f > 1.7976931348623157e308 || f < -1.7976931348623157e308 {
		// Inf from a number out of range, not from "Inf" itself.
		if !isInfName(s) {
			return f, &NumError{"ParseFloat", s, ErrRange}
		}
	}
	return f, nil
}

// isInfName reports whether s spells an infinity: [+-]inf or infinity,
// in any case.
func isInfName(s string) bool {
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	b := []byte(s)
	for i := range b {
		b[i] = lower(b[i])
	}
	t := string(b)
	return t == "inf" || t == "infinity"
}

func ParseUint(s string, base int, bitSize int) (uint64, error) {
	x, err := parseUint(s, base, bitSize)
	if err != nil {
		return x, toError("ParseUint", s, base, bitSize, err)
	}
	return x, nil
}

func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	x, err := parseInt(s, base, bitSize)
	if err != nil {
		return x, toError("ParseInt", s, base, bitSize, err)
	}
	return x, nil
}

func Atoi(s string) (int, error) {
	x, err := atoi(s)
	if err != nil {
		return x, toError("Atoi", s, 0, 0, err)
	}
	return x, nil
}

func parseUint(s string, base int, bitSize int) (uint64, error) {
	if s == "" {
		return 0, ErrSyntax
	}
	base0 := base == 0
	s0 := s
	switch {
	case 2 <= base && base <= 36:
	case base == 0:
		base = 10
		if s[0] == '0' {
			switch {
			case len(s) >= 3 && lower(s[1]) == 'b':
				base = 2
				s = s[2:]
			case len(s) >= 3 && lower(s[1]) == 'o':
				base = 8
				s = s[2:]
			case len(s) >= 3 && lower(s[1]) == 'x':
				base = 16
				s = s[2:]
			default:
				base = 8
				s = s[1:]
			}
		}
	default:
		return 0, errBase
	}
	if bitSize == 0 {
		bitSize = IntSize
	} else if bitSize < 0 || bitSize > 64 {
		return 0, errBitSize
	}
	const maxUint64 = 1<<64 - 1
	cutoff := uint64(maxUint64)/uint64(base) + 1
	maxVal := uint64(1)<<uint(bitSize) - 1
	underscores := false
	var n uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		var d byte
		switch {
		case c == '_' && base0:
			underscores = true
			continue
		case '0' <= c && c <= '9':
			d = c - '0'
		case 'a' <= lower(c) && lower(c) <= 'z':
			d = lower(c) - 'a' + 10
		default:
			return 0, ErrSyntax
		}
		if d >= byte(base) {
			return 0, ErrSyntax
		}
		if n >= cutoff {
			return maxVal, ErrRange
		}
		n *= uint64(base)
		n1 := n + uint64(d)
		if n1 < n || n1 > maxVal {
			return maxVal, ErrRange
		}
		n = n1
	}
	if underscores && !underscoreOK(s0) {
		return 0, ErrSyntax
	}
	return n, nil
}

func parseInt(s string, base int, bitSize int) (int64, error) {
	if s == "" {
		return 0, ErrSyntax
	}
	neg := false
	switch s[0] {
	case '+':
		s = s[1:]
	case '-':
		s = s[1:]
		neg = true
	}
	un, err := parseUint(s, base, bitSize)
	if err != nil && err != ErrRange {
		return 0, err
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	cutoff := uint64(1 << uint(bitSize-1))
	if !neg && un >= cutoff {
		return int64(cutoff - 1), ErrRange
	}
	if neg && un > cutoff {
		return -int64(cutoff), ErrRange
	}
	n := int64(un)
	if neg {
		n = -n
	}
	return n, nil
}

func atoi(s string) (int, error) {
	if n := len(s); 0 < n && n < 19 {
		// Small integers that fit int: no overflow checks needed.
		s0 := s
		if s[0] == '-' || s[0] == '+' {
			s = s[1:]
			if len(s) < 1 {
				return 0, ErrSyntax
			}
		}
		n := 0
		for i := 0; i < len(s); i++ {
			ch := s[i] - '0'
			if ch > 9 {
				return 0, ErrSyntax
			}
			n = n*10 + int(ch)
		}
		if s0[0] == '-' {
			n = -n
		}
		return n, nil
	}
	i64, err := parseInt(s, 10, 0)
	return int(i64), err
}

// underscoreOK reports whether the underscores in s sit only between
// digits, or between a base prefix and a digit.
func underscoreOK(s string) bool {
	saw := '^'
	i := 0
	if len(s) >= 1 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	hex := false
	if len(s) >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x') {
		i = 2
		saw = '0'
		hex = lower(s[1]) == 'x'
	}
	for ; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' || hex && 'a' <= lower(s[i]) && lower(s[i]) <= 'f' {
			saw = '0'
			continue
		}
		if s[i] == '_' {
			if saw != '0' {
				return false
			}
			saw = '_'
			continue
		}
		if saw == '_' {
			return false
		}
		saw = '!'
	}
	return saw != '_'
}

func Quote(s string) string { return quote(s, 0) }

func QuoteToASCII(s string) string { return quote(s, 1) }

func AppendQuote(dst []byte, s string) []byte { return append(dst, quote(s, 0)...) }

func AppendQuoteToASCII(dst []byte, s string) []byte { return append(dst, quote(s, 1)...) }

func QuoteRune(r rune) string { return quoteRune(r, 0) }

func QuoteRuneToASCII(r rune) string { return quoteRune(r, 1) }

func AppendQuoteRune(dst []byte, r rune) []byte { return append(dst, quoteRune(r, 0)...) }
