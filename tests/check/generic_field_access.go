package main

type P struct{ X int }

func GetX[T P](v T) int {
	return v.X // ERROR "v\.X undefined \(type T has no field or method X\)"
}

func main() {
	_ = GetX(P{1})
}
