package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Kind int

const (
	EOF Kind = iota
	Ident
	Number
	String
	Op
	LParen
	RParen
	Illegal
)

func (k Kind) String() string {
	return [...]string{"EOF", "Ident", "Number", "String", "Op", "LParen", "RParen", "Illegal"}[k]
}

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

func (t Token) String() string { return fmt.Sprintf("%v(%q)@%d", t.Kind, t.Text, t.Pos) }

type Lexer struct {
	src []rune
	pos int
}

func (l *Lexer) peek() rune {
	if l.pos >= len(l.src) {
		return 0
	}
	return l.src[l.pos]
}

func (l *Lexer) Next() Token {
	for l.pos < len(l.src) && unicode.IsSpace(l.src[l.pos]) {
		l.pos++
	}
	start := l.pos
	c := l.peek()
	switch {
	case c == 0:
		return Token{EOF, "", start}
	case unicode.IsLetter(c) || c == '_':
		for unicode.IsLetter(l.peek()) || unicode.IsDigit(l.peek()) || l.peek() == '_' {
			l.pos++
		}
		return Token{Ident, string(l.src[start:l.pos]), start}
	case unicode.IsDigit(c):
		for unicode.IsDigit(l.peek()) || l.peek() == '.' {
			l.pos++
		}
		return Token{Number, string(l.src[start:l.pos]), start}
	case c == '"':
		l.pos++
		var sb strings.Builder
		for l.peek() != '"' && l.peek() != 0 {
			if l.peek() == '\\' {
				l.pos++
			}
			sb.WriteRune(l.peek())
			l.pos++
		}
		if l.peek() == 0 {
			return Token{Illegal, "unterminated string", start}
		}
		l.pos++
		return Token{String, sb.String(), start}
	case c == '(':
		l.pos++
		return Token{LParen, "(", start}
	case c == ')':
		l.pos++
		return Token{RParen, ")", start}
	case strings.ContainsRune("+-*/=<>!", c):
		l.pos++
		if l.peek() == '=' {
			l.pos++
		}
		return Token{Op, string(l.src[start:l.pos]), start}
	}
	l.pos++
	return Token{Illegal, string(c), start}
}

func tokenize(s string) []Token {
	l := &Lexer{src: []rune(s)}
	var out []Token
	for {
		t := l.Next()
		out = append(out, t)
		if t.Kind == EOF {
			return out
		}
	}
}

func main() {
	inputs := []string{
		`x = 3.14 * (radius + 2)`,
		`if count >= 10 print("done \"ok\"")`,
		`naïve_var != 42 # what`,
		`"open`,
		``,
	}
	for _, in := range inputs {
		fmt.Printf("%q\n", in)
		counts := map[Kind]int{}
		for _, t := range tokenize(in) {
			fmt.Println("  ", t)
			counts[t.Kind]++
		}
		fmt.Println("  counts:", counts)
	}
}
