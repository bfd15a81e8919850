package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

type chunkReader struct {
	s string
	n int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	k := r.n
	if k > len(r.s) {
		k = len(r.s)
	}
	if k > len(p) {
		k = len(p)
	}
	copy(p, r.s[:k])
	r.s = r.s[k:]
	return k, nil
}

func scanAll(sc *bufio.Scanner) {
	for sc.Scan() {
		t := sc.Text()
		if len(t) > 20 {
			fmt.Printf("token len %d %s...\n", len(t), t[:10])
		} else {
			fmt.Printf("token %q\n", t)
		}
	}
	fmt.Println("err:", sc.Err(), sc.Err() == bufio.ErrTooLong)
}

func catch(name string, f func()) {
	defer func() {
		fmt.Println(name, "panic:", recover())
	}()
	f()
}

func main() {
	fmt.Println(bufio.MaxScanTokenSize)
	// Default maximum: a line longer than 64 KiB fails.
	long := strings.Repeat("x", bufio.MaxScanTokenSize+10)
	scanAll(bufio.NewScanner(&chunkReader{"short\n" + long + "\nafter\n", 5000}))
	// A line just under the maximum is fine.
	ok := strings.Repeat("y", bufio.MaxScanTokenSize-1)
	scanAll(bufio.NewScanner(&chunkReader{ok + "\nnext\n", 7000}))
	// Buffer with a small maximum.
	sc := bufio.NewScanner(&chunkReader{"abc\nabcdefghij\nxy\n", 3})
	sc.Buffer(make([]byte, 2), 8)
	scanAll(sc)
	// Max exactly the token plus newline.
	sc = bufio.NewScanner(&chunkReader{"1234567\n", 1})
	sc.Buffer(nil, 8)
	scanAll(sc)
	sc = bufio.NewScanner(&chunkReader{"12345678\n", 1})
	sc.Buffer(nil, 8)
	scanAll(sc)
	// A large cap on the buffer given raises the maximum.
	sc = bufio.NewScanner(&chunkReader{strings.Repeat("z", 100000) + "\n", 9999})
	sc.Buffer(make([]byte, 0, 200000), 10)
	scanAll(sc)
	// Words longer than the maximum.
	sc = bufio.NewScanner(&chunkReader{"aa bbbbbbbbbbbbbbbbbbbb cc", 4})
	sc.Split(bufio.ScanWords)
	sc.Buffer(make([]byte, 4), 16)
	scanAll(sc)
	// Buffer and Split after Scan panic.
	catch("Buffer", func() {
		sc := bufio.NewScanner(&chunkReader{"a\nb\n", 10})
		sc.Scan()
		sc.Buffer(nil, 100)
	})
	catch("Split", func() {
		sc := bufio.NewScanner(&chunkReader{"a\nb\n", 10})
		sc.Scan()
		sc.Split(bufio.ScanWords)
	})
	catch("Split before", func() {
		sc := bufio.NewScanner(&chunkReader{"a b\n", 10})
		sc.Split(bufio.ScanWords)
		sc.Buffer(make([]byte, 10), 20)
		scanAll(sc)
	})
}
