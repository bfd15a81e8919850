package main

import "fmt"

type State struct{ n int }

func (s State) String() string { return fmt.Sprintf("State#%d", s.n) }

func main() {
	fmt.Println(State{1})
	panic(State{2})
}
