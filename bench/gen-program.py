#!/usr/bin/env python3
"""gen-program.py N -- print a valid Go program of about N lines, for timing
the type checker (`bench/check-speed.sh`). It repeats one block of ordinary
code with fresh names: types with methods, interfaces, functions with loops,
switches, closures, maps, slices, struct literals and fmt/strings calls."""
import sys

BLOCK = '''
type shape{i} interface {{
	area() float64
	name() string
}}

type rect{i} struct {{
	w, h  float64
	label string
	tags  []string
}}

func (r rect{i}) area() float64 {{ return r.w * r.h }}

func (r *rect{i}) name() string {{
	if r.label == "" {{
		return fmt.Sprintf("rect%d", {i})
	}}
	return r.label
}}

type counter{i} map[string]int

func (c counter{i}) add(words ...string) int {{
	n := 0
	for _, w := range words {{
		w = strings.ToLower(w)
		c[w]++
		n += len(w)
	}}
	return n
}}

const (
	small{i} = iota * 10
	medium{i}
	large{i}
)

var table{i} = [...]int{{small{i}, medium{i}, large{i}, 1 << 3, 0x7f}}

func classify{i}(n int) (kind string, ok bool) {{
	switch {{
	case n < small{i}:
		return "negative", false
	case n < medium{i}:
		kind = "small"
	case n < large{i}:
		kind = "medium"
	default:
		kind = "large"
	}}
	ok = true
	return
}}

func process{i}(items []int, f func(int) int) (sum int, err error) {{
	defer func() {{
		if r := recover(); r != nil {{
			err = fmt.Errorf("process{i}: %v", r)
		}}
	}}()
	seen := make(map[int]bool, len(items))
	for i := 0; i < len(items); i++ {{
		v := f(items[i])
		if seen[v] {{
			continue
		}}
		seen[v] = true
		sum += v
		if sum > 1000000 {{
			break
		}}
	}}
	var s shape{i} = &rect{i}{{w: 2, h: float64(sum % 7), label: "r"}}
	if k, ok := classify{i}(int(s.area())); ok && k != "" {{
		sum += len(k) + len(s.name())
	}}
	return sum, nil
}}

func run{i}() string {{
	var b strings.Builder
	c := counter{i}{{}}
	total := c.add("Alpha", "beta", "GAMMA")
	adder := func(k int) func(int) int {{
		return func(x int) int {{ return x*k + total }}
	}}
	sum, err := process{i}(table{i}[:], adder(3))
	if err != nil {{
		return err.Error()
	}}
	for key, n := range c {{
		_ = key
		b.WriteString(strconv.Itoa(n))
	}}
	b.WriteString(fmt.Sprint(sum))
	return b.String()
}}
'''

def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    lines = BLOCK.count("\n")
    blocks = max(1, n // lines)
    out = ['package main', '', 'import (', '\t"fmt"', '\t"strconv"', '\t"strings"', ')', '']
    for i in range(blocks):
        out.append(BLOCK.format(i=i))
    out.append('func main() {')
    for i in range(blocks):
        out.append(f'\tfmt.Println(run{i}())')
    out.append('}')
    print("\n".join(out))

main()
