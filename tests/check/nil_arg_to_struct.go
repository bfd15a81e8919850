package main

import "fmt"

type options struct{ verbose bool }

func run(opts options) {
	fmt.Println(opts.verbose)
}

func main() {
	run(nil) // ERROR "cannot use nil as options value in argument to run"
}
