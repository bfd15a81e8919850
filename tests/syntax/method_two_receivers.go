package main

type stack struct{ items []int }

type logger struct{}

func (s *stack) (l logger) push(v int) {
	s.items = append(s.items, v)
}

func main() {}
