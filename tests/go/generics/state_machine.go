package main

import (
	"fmt"
	"strings"
)

type FSM[S comparable, E comparable] struct {
	state S
	trans map[S]map[E]S
	hist  []S
}

func NewFSM[S, E comparable](start S) *FSM[S, E] {
	return &FSM[S, E]{state: start, trans: map[S]map[E]S{}, hist: []S{start}}
}

func (f *FSM[S, E]) On(from S, ev E, to S) *FSM[S, E] {
	if f.trans[from] == nil {
		f.trans[from] = map[E]S{}
	}
	f.trans[from][ev] = to
	return f
}

func (f *FSM[S, E]) Fire(ev E) error {
	to, ok := f.trans[f.state][ev]
	if !ok {
		return fmt.Errorf("no transition from %v on %v", f.state, ev)
	}
	f.state = to
	f.hist = append(f.hist, to)
	return nil
}

type Door int

const (
	Closed Door = iota
	Open
	Locked
)

func (d Door) String() string { return [...]string{"Closed", "Open", "Locked"}[d] }

func main() {
	door := NewFSM[Door, string](Closed).
		On(Closed, "open", Open).
		On(Open, "close", Closed).
		On(Closed, "lock", Locked).
		On(Locked, "unlock", Closed)
	for _, ev := range strings.Fields("open close lock open unlock open") {
		if err := door.Fire(ev); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println(door.state, door.hist)
	lexer := NewFSM[string, rune]("start")
	for _, c := range "0123456789" {
		lexer.On("start", c, "int").On("int", c, "int").On("frac", c, "frac")
	}
	lexer.On("int", '.', "frac")
	for _, in := range []string{"12.5", "1..2", "7"} {
		l := *lexer
		l.hist = nil
		var err error
		for _, c := range in {
			if err = l.Fire(c); err != nil {
				break
			}
		}
		fmt.Printf("%q -> %s err=%v\n", in, l.state, err)
	}
}
