package main

func main() {
	break
	continue
	fallthrough
	break
	continue
	fallthrough
	break
	continue
	fallthrough
	goto A
	goto B
}
