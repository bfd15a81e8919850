package main

type Lesser[T any] interface{ Less(T) bool }

type V int

func (a V) Less(b int) bool { return int(a) < b }

func Min[T Lesser[T]](a, b T) T { return a }

func main() {
	_ = Min(V(1), V(2)) // ERROR "in call to Min, T"
}
