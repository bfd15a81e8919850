package main

type Printer struct{}

func (Printer) Show[T any](x T) string { return "" }

type Shower interface{ Show(int) string }

func main() {
	var s Shower = Printer{} // ERROR "Printer does not implement Shower \(wrong type for method Show\)"
	_ = s
}
