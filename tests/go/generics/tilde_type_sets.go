package main

import (
	"fmt"
	"strings"
)

type Stringish interface{ ~string }

func Upper[S Stringish](s S) S { return S(strings.ToUpper(string(s))) }

func Concat[S ~string](parts ...S) S {
	var out S
	for _, p := range parts {
		out += p
	}
	return out
}

type Path string
type Email string

func (p Path) Base() string {
	i := strings.LastIndexByte(string(p), '/')
	return string(p[i+1:])
}

type Exact interface{ int | string } // no ~: only exactly int or string

func Double[T Exact](x T) T { return x + x }

type Bytesish interface{ ~[]byte | ~string }

func CountByte[B Bytesish](b B, c byte) int {
	n := 0
	for i := 0; i < len(b); i++ {
		if b[i] == c {
			n++
		}
	}
	return n
}

type IntSlice interface{ ~[]int }

func SumAll[S IntSlice](s S) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

type Ints []int
type Raw []byte

func main() {
	p := Upper(Path("/usr/lib/go"))
	fmt.Printf("%v %T %s\n", p, p, p.Base())
	fmt.Printf("%T %v\n", Upper(Email("a@b.c")), Upper(Email("a@b.c")))
	fmt.Println(Upper("plain"), Concat[Path]("/a", "/b", "/c").Base())
	fmt.Printf("%q %T\n", Concat[Email](), Concat[Email]())
	fmt.Println(Double(21), Double("ab"))
	fmt.Println(CountByte("banana", 'a'), CountByte([]byte("xxyx"), 'x'), CountByte(Raw{1, 2, 1}, 1), CountByte(Path("/a/b"), '/'))
	fmt.Println(SumAll(Ints{1, 2, 3}), SumAll([]int{10, 20}), SumAll(Ints(nil)))
}
