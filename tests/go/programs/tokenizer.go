package main

import (
	"fmt"
	"strings"
)

type Kind int

const (
	EOF Kind = iota
	Ident
	Number
	String
	Op
	Illegal
)

var kindNames = [...]string{"EOF", "Ident", "Number", "String", "Op", "Illegal"}

func (k Kind) String() string { return kindNames[k] }

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

func isLetter(c byte) bool { return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

func tokenize(src string) []Token {
	var toks []Token
	i := 0
	for i < len(src) {
		c := src[i]
		start := i
		switch {
		case c == ' ' || c == '\t' || c == '\n':
			i++
			continue
		case isLetter(c):
			for i < len(src) && (isLetter(src[i]) || isDigit(src[i])) {
				i++
			}
			toks = append(toks, Token{Ident, src[start:i], start})
		case isDigit(c):
			for i < len(src) && (isDigit(src[i]) || src[i] == '.') {
				i++
			}
			toks = append(toks, Token{Number, src[start:i], start})
		case c == '"':
			i++
			var sb strings.Builder
			for i < len(src) && src[i] != '"' {
				if src[i] == '\\' && i+1 < len(src) {
					i++
					switch src[i] {
					case 'n':
						sb.WriteByte('\n')
					default:
						sb.WriteByte(src[i])
					}
				} else {
					sb.WriteByte(src[i])
				}
				i++
			}
			i++
			toks = append(toks, Token{String, sb.String(), start})
		case c == '=' || c == '!' || c == '<' || c == '>':
			i++
			if i < len(src) && src[i] == '=' {
				i++
			}
			toks = append(toks, Token{Op, src[start:i], start})
		case c == '+' || c == '-' || c == '*' || c == '/' || c == '(' || c == ')' || c == ';' || c == ',':
			i++
			toks = append(toks, Token{Op, src[start:i], start})
		default:
			i++
			toks = append(toks, Token{Illegal, src[start:i], start})
		}
	}
	return append(toks, Token{EOF, "", len(src)})
}

func main() {
	src := `let x1 = 3.14 * (y + 42);
if x1 >= 10 { print("big\n", x1) } else != @`
	for _, t := range tokenize(src) {
		fmt.Printf("%-7v %3d %q\n", t.Kind, t.Pos, t.Text)
	}
	counts := map[Kind]int{}
	for _, t := range tokenize(src) {
		counts[t.Kind]++
	}
	fmt.Println(counts)
}
