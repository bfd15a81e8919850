package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// limitedWriter accepts at most limit bytes in total, then fails.
type limitedWriter struct {
	got   strings.Builder
	limit int
}

func (w *limitedWriter) Write(p []byte) (int, error) {
	room := w.limit - w.got.Len()
	if room <= 0 {
		return 0, errors.New("no room")
	}
	if len(p) > room {
		w.got.Write(p[:room])
		return room, errors.New("partial")
	}
	w.got.Write(p)
	return len(p), nil
}

// shortWriter claims to write fewer bytes without an error.
type shortWriter struct{ calls int }

func (w *shortWriter) Write(p []byte) (int, error) {
	w.calls++
	return len(p) / 2, nil
}

// stringOnly implements WriteString, so io.WriteString uses it.
type stringOnly struct{ parts []string }

func (w *stringOnly) Write(p []byte) (int, error) {
	w.parts = append(w.parts, "W:"+string(p))
	return len(p), nil
}

func (w *stringOnly) WriteString(s string) (int, error) {
	w.parts = append(w.parts, "S:"+s)
	return len(s), nil
}

func main() {
	r := strings.NewReader("the whole string")
	var sb strings.Builder
	n, err := r.WriteTo(&sb)
	fmt.Printf("WriteTo: %d %v %q Len=%d\n", n, err, sb.String(), r.Len())
	n, err = r.WriteTo(&sb)
	fmt.Println("WriteTo at end:", n, err)

	r.Reset("0123456789")
	r.Seek(3, io.SeekStart)
	lw := &limitedWriter{limit: 4}
	n, err = r.WriteTo(lw)
	fmt.Printf("limited: %d %v %q Len=%d\n", n, err, lw.got.String(), r.Len())

	r.Reset("abcdefgh")
	sw := &shortWriter{}
	n, err = r.WriteTo(sw)
	fmt.Println("short:", n, err, err == io.ErrShortWrite, sw.calls, r.Len())

	r.Reset("via WriteString")
	so := &stringOnly{}
	n, err = r.WriteTo(so)
	fmt.Println("stringOnly:", n, err, so.parts)

	// io.Copy picks WriterTo.
	r.Reset("copy me")
	var dst strings.Builder
	n, err = io.Copy(&dst, r)
	fmt.Println("io.Copy:", n, err, dst.String())

	// Several readers in turn, each read line by line by hand.
	text := "line one\nline two\n\nlast line"
	lr := strings.NewReader(text)
	var line []byte
	for {
		b, err := lr.ReadByte()
		if err != nil {
			fmt.Printf("final %q\n", line)
			break
		}
		if b == '\n' {
			fmt.Printf("line %q\n", line)
			line = line[:0]
			continue
		}
		line = append(line, b)
	}
}
