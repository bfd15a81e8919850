package main

type Named struct{}

type C interface{ ~Named | ~error } // ERROR "invalid use of ~ \(underlying type of Named is struct\{\}\)" "invalid use of ~ \(error is an interface\)"

func main() {}
