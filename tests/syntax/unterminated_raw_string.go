package main

func main() {
	println(usage)
}

const usage = `usage: tool [flags]
  -v  verbose
