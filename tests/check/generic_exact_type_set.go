package main

type Exact interface{ int | string }

type MyInt int

func Double[T Exact](x T) T { return x + x }

func main() {
	_ = Double(MyInt(2)) // ERROR "MyInt does not satisfy Exact"
}
