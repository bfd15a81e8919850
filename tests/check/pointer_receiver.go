package main

import "fmt"

type Resetter interface {
	Reset()
}

type Timer struct{ ticks int }

func (t *Timer) Reset() { t.ticks = 0 }

func resetAll(rs []Resetter) {
	for _, r := range rs {
		r.Reset()
	}
}

func main() {
	t := Timer{ticks: 5}
	resetAll([]Resetter{t}) // ERROR "Timer does not implement Resetter \(method Reset has pointer receiver\)"
	fmt.Println(t.ticks)
}
