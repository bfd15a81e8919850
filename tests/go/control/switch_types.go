package main

import "fmt"

type Expr interface{}

type Num float64
type Add struct{ L, R Expr }
type Mul struct{ L, R Expr }
type Neg struct{ E Expr }

func eval(e Expr) float64 {
	switch n := e.(type) {
	case Num:
		return float64(n)
	case Add:
		return eval(n.L) + eval(n.R)
	case Mul:
		return eval(n.L) * eval(n.R)
	case *Neg:
		return -eval(n.E)
	case nil:
		return 0
	default:
		panic(fmt.Sprintf("unknown %T", n))
	}
}

func show(e Expr) string {
	switch n := e.(type) {
	case Num:
		return fmt.Sprint(float64(n))
	case Add:
		return "(" + show(n.L) + " + " + show(n.R) + ")"
	case Mul:
		return show(n.L) + "*" + show(n.R)
	case *Neg:
		return "-" + show(n.E)
	}
	return "?"
}

func main() {
	e := Add{Mul{Num(2), Num(3)}, &Neg{Add{Num(1), Num(0.5)}}}
	fmt.Println(show(e), "=", eval(e))
	fmt.Println(eval(nil))
	defer func() { fmt.Println("recovered:", recover()) }()
	eval("bad")
}
