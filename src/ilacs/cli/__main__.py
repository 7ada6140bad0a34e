from ilacs.cli import main

main()
