from debiteur_desk.cli import main

raise SystemExit(main())
