package main

import (
	"errors"
	"fmt"
	"strconv"
)

// A recursive-descent parser and evaluator for integer expressions with
// variables, assignment and error reporting.

type Parser struct {
	src  string
	pos  int
	vars map[string]int
}

var errDivZero = errors.New("division by zero")

func (p *Parser) skip() {
	for p.pos < len(p.src) && p.src[p.pos] == ' ' {
		p.pos++
	}
}

func (p *Parser) peek() byte {
	p.skip()
	if p.pos < len(p.src) {
		return p.src[p.pos]
	}
	return 0
}

func (p *Parser) expr() (int, error) {
	v, err := p.term()
	if err != nil {
		return 0, err
	}
	for {
		switch p.peek() {
		case '+':
			p.pos++
			r, err := p.term()
			if err != nil {
				return 0, err
			}
			v += r
		case '-':
			p.pos++
			r, err := p.term()
			if err != nil {
				return 0, err
			}
			v -= r
		default:
			return v, nil
		}
	}
}

func (p *Parser) term() (int, error) {
	v, err := p.factor()
	if err != nil {
		return 0, err
	}
	for {
		op := p.peek()
		if op != '*' && op != '/' && op != '%' {
			return v, nil
		}
		p.pos++
		r, err := p.factor()
		if err != nil {
			return 0, err
		}
		switch op {
		case '*':
			v *= r
		default:
			if r == 0 {
				return 0, errDivZero
			}
			if op == '/' {
				v /= r
			} else {
				v %= r
			}
		}
	}
}

func (p *Parser) factor() (int, error) {
	c := p.peek()
	switch {
	case c == '(':
		p.pos++
		v, err := p.expr()
		if err != nil {
			return 0, err
		}
		if p.peek() != ')' {
			return 0, fmt.Errorf("expected ) at %d", p.pos)
		}
		p.pos++
		return v, nil
	case c == '-':
		p.pos++
		v, err := p.factor()
		return -v, err
	case c >= '0' && c <= '9':
		start := p.pos
		for p.pos < len(p.src) && p.src[p.pos] >= '0' && p.src[p.pos] <= '9' {
			p.pos++
		}
		return strconv.Atoi(p.src[start:p.pos])
	case c >= 'a' && c <= 'z':
		start := p.pos
		for p.pos < len(p.src) && p.src[p.pos] >= 'a' && p.src[p.pos] <= 'z' {
			p.pos++
		}
		name := p.src[start:p.pos]
		v, ok := p.vars[name]
		if !ok {
			return 0, fmt.Errorf("undefined variable %q", name)
		}
		return v, nil
	}
	return 0, fmt.Errorf("unexpected %q at %d", string(rune(c)), p.pos)
}

func run(vars map[string]int, line string) {
	name := ""
	for i := 0; i < len(line); i++ {
		if line[i] == '=' {
			name = line[:i]
			for len(name) > 0 && name[len(name)-1] == ' ' {
				name = name[:len(name)-1]
			}
			line = line[i+1:]
			break
		}
	}
	p := &Parser{src: line, vars: vars}
	v, err := p.expr()
	if err == nil && p.peek() != 0 {
		err = fmt.Errorf("trailing input at %d", p.pos)
	}
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	if name != "" {
		vars[name] = v
		fmt.Printf("%s = %d\n", name, v)
		return
	}
	fmt.Println(v)
}

func main() {
	vars := map[string]int{}
	for _, line := range []string{
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"x = 10 - -4",
		"y = x * x % 7",
		"x / (y - y)",
		"z + 1",
		"2 * (3 + 4",
		"100 / 7 / 2",
		"-(-x) - 2*-3",
		"1 2",
		"99999999999999999999",
	} {
		run(vars, line)
	}
	fmt.Println(vars)
}
