package main

import (
	"fmt"
	"strings"
)

// A small linear congruential generator: the same sequence in every run.
var seed uint32 = 12345

func next(n int) int {
	seed = seed*1103515245 + 12345
	return int(seed>>16) % n
}

func word(alphabet string, max int) string {
	n := next(max + 1)
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[next(len(alphabet))]
	}
	return string(b)
}

// naive is the Replacer's rule written plainly: at each position, the
// first pair (in argument order) whose old string matches; an empty old
// string matches everywhere, but only once at a position where no other
// pair has just matched.
func naive(oldnew []string, s string) string {
	var out strings.Builder
	i := 0
	prevMatchEmpty := false
	for i <= len(s) {
		matched := false
		for k := 0; k < len(oldnew); k += 2 {
			old := oldnew[k]
			if strings.HasPrefix(s[i:], old) {
				if old == "" && prevMatchEmpty {
					continue
				}
				out.WriteString(oldnew[k+1])
				i += len(old)
				prevMatchEmpty = old == ""
				matched = true
				break
			}
		}
		if !matched {
			if i == len(s) {
				break
			}
			out.WriteByte(s[i])
			i++
			prevMatchEmpty = false
		}
	}
	return out.String()
}

func main() {
	agree, total := 0, 0
	for round := 0; round < 60; round++ {
		npairs := 1 + next(4)
		var oldnew []string
		for p := 0; p < npairs; p++ {
			oldnew = append(oldnew, word("abc", 3), word("xyz", 2))
		}
		r := strings.NewReplacer(oldnew...)
		for t := 0; t < 5; t++ {
			in := word("abcd", 10)
			got := r.Replace(in)
			var sb strings.Builder
			n, err := r.WriteString(&sb, in)
			if sb.String() != got || n != len(got) || err != nil {
				fmt.Println("WriteString differs:", oldnew, in)
			}
			total++
			if got == naive(oldnew, in) {
				agree++
			}
			if round%6 == 0 {
				fmt.Printf("%q %q -> %q\n", oldnew, in, got)
			}
		}
	}
	fmt.Println("agree with the naive rule:", agree, "of", total)
}
