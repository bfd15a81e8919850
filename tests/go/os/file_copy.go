package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type upper struct{ out []byte }

func (u *upper) Write(b []byte) (int, error) {
	u.out = append(u.out, []byte(strings.ToUpper(string(b)))...)
	return len(b), nil
}

type limited struct{ left int }

func (l *limited) Write(b []byte) (int, error) {
	if len(b) > l.left {
		n := l.left
		l.left = 0
		return n, io.ErrShortWrite
	}
	l.left -= len(b)
	return len(b), nil
}

type src struct{ parts []string }

func (s *src) Read(b []byte) (int, error) {
	if len(s.parts) == 0 {
		return 0, io.EOF
	}
	n := copy(b, s.parts[0])
	s.parts = s.parts[1:]
	return n, nil
}

func main() {
	dir, _ := os.MkdirTemp("", "minigo-copy-")
	defer os.RemoveAll(dir)

	f, _ := os.Create(dir + "/out")
	n, err := f.ReadFrom(&src{[]string{"alpha ", "beta ", "gamma\n"}})
	fmt.Println("ReadFrom:", n, err)
	f.Close()
	data, _ := os.ReadFile(dir + "/out")
	fmt.Printf("%q\n", data)

	g, _ := os.Open(dir + "/out")
	u := &upper{}
	n, err = g.WriteTo(u)
	fmt.Printf("WriteTo: %d %v %q\n", n, err, u.out)
	g.Close()

	g, _ = os.Open(dir + "/out")
	n, err = g.WriteTo(&limited{left: 8})
	fmt.Println("WriteTo short:", n, err)
	g.Close()

	// io.Copy in both directions, with a file big enough for several reads.
	big := strings.Repeat("0123456789", 10000)
	os.WriteFile(dir+"/big", []byte(big), 0644)
	in, _ := os.Open(dir + "/big")
	out, _ := os.Create(dir + "/big2")
	n, err = io.Copy(out, in)
	fmt.Println("io.Copy:", n, err)
	in.Close()
	out.Close()
	back, _ := os.ReadFile(dir + "/big2")
	fmt.Println("same:", string(back) == big)

	var nilFile *os.File
	_, err = nilFile.ReadFrom(&src{})
	fmt.Println("nil ReadFrom:", err)
	_, err = nilFile.WriteTo(u)
	fmt.Println("nil WriteTo:", err)
}
