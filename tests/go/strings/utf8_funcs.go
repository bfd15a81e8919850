package main

import (
	"fmt"
	"unicode/utf8"
)

func encodePanics(n int, r rune) (msg string) {
	defer func() {
		if e := recover(); e != nil {
			msg = fmt.Sprint("panic: ", e)
		}
	}()
	buf := make([]byte, n)
	w := utf8.EncodeRune(buf, r)
	return fmt.Sprintf("% x (%d)", buf[:w], w)
}

func main() {
	fmt.Println(utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)

	// Encoding every length, and the invalid runes.
	runes := []rune{0, 'a', 0x7F, 0x80, 'é', 0x7FF, 0x800, '世', 0xD7FF, 0xD800, 0xDFFF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, '😀', 0x10FFFF, 0x110000, -1, -0x80000000, 0x7FFFFFFF}
	for _, r := range runes {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		app := utf8.AppendRune([]byte("<"), r)
		fmt.Printf("%#x len=%d valid=%v enc=% x app=%q\n", r, utf8.RuneLen(r), utf8.ValidRune(r), buf[:n], app)
	}
	fmt.Println(encodePanics(1, 'é'), encodePanics(2, 'é'), encodePanics(0, 'a'), encodePanics(2, -5), encodePanics(3, '😀'))
	var nilBuf []byte
	fmt.Printf("%q %q\n", utf8.AppendRune(nilBuf, '世'), utf8.AppendRune(nil, 0x10FFFF))

	// Decoding good, bad, short and overlong input.
	inputs := []string{"", "a", "é", "世界", "😀!", "\x80", "\xc0\x80", "\xc1\xbf", "\xc2", "\xc2\x7f", "\xe0\x80\x80", "\xe0\xa0\x80", "\xe2\x82", "\xed\x9f\xbf", "\xed\xa0\x80", "\xef\xbf\xbd", "\xf0\x8f\xbf\xbf", "\xf0\x90\x80\x80", "\xf4\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "\xf0\x90\x80", "\xff", "a\xffb", "\xe4\xb8\x96\xe7\x95"}
	for _, s := range inputs {
		r1, n1 := utf8.DecodeRuneInString(s)
		r2, n2 := utf8.DecodeRune([]byte(s))
		r3, n3 := utf8.DecodeLastRuneInString(s)
		r4, n4 := utf8.DecodeLastRune([]byte(s))
		fmt.Printf("%+q: %U/%d %U/%d last %U/%d %U/%d full=%v/%v count=%d/%d valid=%v/%v\n",
			s, r1, n1, r2, n2, r3, n3, r4, n4,
			utf8.FullRuneInString(s), utf8.FullRune([]byte(s)),
			utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)),
			utf8.ValidString(s), utf8.Valid([]byte(s)))
	}
	r, n := utf8.DecodeRune(nil)
	fmt.Println(r, n)
	r, n = utf8.DecodeLastRune(nil)
	fmt.Println(r, n)
	fmt.Println(utf8.FullRune(nil), utf8.RuneCount(nil), utf8.Valid(nil))

	// Walking backwards over a long run of continuation bytes.
	s := "x" + "\x80\x80\x80\x80\x80\x80" + "世"
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		fmt.Printf("%U:%d ", r, size)
		s = s[:len(s)-size]
	}
	fmt.Println()

	// Walking forwards matches range.
	t := "a\xffé\xe2\x82世😀\xf0"
	for i := 0; i < len(t); {
		r, size := utf8.DecodeRuneInString(t[i:])
		fmt.Printf("%d:%U:%d ", i, r, size)
		i += size
	}
	fmt.Println()
	for i, r := range t {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()

	// RuneStart over every kind of byte.
	for _, b := range []byte{0x00, 0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC2, 0xE0, 0xF0, 0xF8, 0xFF} {
		fmt.Print(utf8.RuneStart(b), " ")
	}
	fmt.Println()

	// Full runes on prefixes of a 4-byte encoding.
	enc := "\xf0\x9f\x98\x80"
	for i := 0; i <= len(enc); i++ {
		fmt.Print(utf8.FullRuneInString(enc[:i]), " ")
	}
	fmt.Println(utf8.FullRuneInString("\xf0\x20"), utf8.FullRuneInString("\xe0\x80"), utf8.FullRuneInString("\xe0\xa0"))

	// Counting and validating larger text.
	text := "Hello, 世界! Ünïcödé text with emoji 😀😃 and a bad byte \xff here."
	fmt.Println(len(text), utf8.RuneCountInString(text), utf8.RuneCount([]byte(text)), utf8.ValidString(text), utf8.ValidString(text[:len(text)-12]))
	fmt.Println(utf8.ValidString("plain ascii"), utf8.Valid([]byte("日本語")), utf8.Valid([]byte("日本語"[:4])))
}
