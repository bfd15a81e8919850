package main

import (
	"fmt"
	"strings"
)

type State int

const (
	Locked State = iota
	Unlocked
	Broken
)

func (s State) String() string { return [...]string{"Locked", "Unlocked", "Broken"}[s] }

type Event string

type Turnstile struct {
	state   State
	coins   int
	passes  int
	history []string
}

type transition struct {
	from State
	ev   Event
}

var table = map[transition]State{
	{Locked, "coin"}:   Unlocked,
	{Locked, "push"}:   Locked,
	{Unlocked, "coin"}: Unlocked,
	{Unlocked, "push"}: Locked,
	{Locked, "kick"}:   Broken,
	{Unlocked, "kick"}: Broken,
	{Broken, "repair"}: Locked,
}

func (t *Turnstile) Fire(e Event) error {
	next, ok := table[transition{t.state, e}]
	if !ok {
		return fmt.Errorf("invalid event %q in state %v", e, t.state)
	}
	switch {
	case e == "coin":
		t.coins++
	case e == "push" && t.state == Unlocked:
		t.passes++
	}
	t.history = append(t.history, fmt.Sprintf("%v-%s->%v", t.state, e, next))
	t.state = next
	return nil
}

// A second machine: parsing signed decimal numbers character by character.
type pstate int

const (
	start pstate = iota
	sign
	intPart
	dot
	frac
	fail
)

func accepts(s string) bool {
	st := start
	for _, c := range s {
		isDigit := c >= '0' && c <= '9'
		switch st {
		case start:
			switch {
			case c == '+' || c == '-':
				st = sign
			case isDigit:
				st = intPart
			default:
				st = fail
			}
		case sign:
			if isDigit {
				st = intPart
			} else {
				st = fail
			}
		case intPart:
			if c == '.' {
				st = dot
			} else if !isDigit {
				st = fail
			}
		case dot, frac:
			if isDigit {
				st = frac
			} else {
				st = fail
			}
		}
		if st == fail {
			return false
		}
	}
	return st == intPart || st == frac
}

func main() {
	t := &Turnstile{}
	for _, e := range []Event{"push", "coin", "coin", "push", "push", "kick", "coin", "repair", "coin", "push", "fly"} {
		if err := t.Fire(e); err != nil {
			fmt.Println("error:", err)
		}
		fmt.Printf("%-6s -> %-8v coins=%d passes=%d\n", e, t.state, t.coins, t.passes)
	}
	fmt.Println(strings.Join(t.history, "\n"))
	for _, s := range []string{"12", "-3.5", "+", "1.", ".5", "4.25", "1-2", "", "007"} {
		fmt.Printf("%-6q %t\n", s, accepts(s))
	}
}
