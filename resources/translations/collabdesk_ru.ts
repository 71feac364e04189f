<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>App</name>
    <message>
        <source>CollabDesk cannot open its data</source>
        <translation>CollabDesk не может открыть свои данные</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>New contact</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Редактирование контакта</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>CollabDesk ran into a problem</source>
        <translation>В CollabDesk произошла ошибка</translation>
    </message>
    <message>
        <source>Something went wrong inside CollabDesk. What you saved before is safe; the last action may not have finished, so please check it.

If it happens again, copy the details and send them to whoever looks after CollabDesk for your library.</source>
        <translation>В работе CollabDesk что-то пошло не так. Всё, что было сохранено раньше, в целости; последнее действие могло не завершиться — пожалуйста, проверьте его.

Если ошибка повторится, скопируйте подробности и отправьте их тому, кто отвечает за CollabDesk в вашей библиотеке.</translation>
    </message>
    <message>
        <source>The details are also in the log file: %1</source>
        <translation>Подробности записаны и в журнал: %1</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Скопировать подробности</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No partners yet</source>
        <translation>Партнёров пока нет</translation>
    </message>
    <message>
        <source>Add the businesses, artists, designers and media you work with, or load demo data to look around first.</source>
        <translation>Добавьте компании, художников, дизайнеров и СМИ, с которыми работает библиотека, — или сначала загрузите демонстрационные данные, чтобы осмотреться.</translation>
    </message>
    <message>
        <source>Add a partner</source>
        <translation>Добавить партнёра</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Загрузить демо-данные</translation>
    </message>
</context>
<context>
    <name>InteractionForm</name>
    <message>
        <source>New interaction</source>
        <translation>Новая запись в истории общения</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>(без конкретного лица)</translation>
    </message>
    <message>
        <source>What was discussed, what was agreed</source>
        <translation>Что обсуждали, о чём договорились</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;С кем:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>С&amp;уть:</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Business</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>Инвестор</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Художник</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Дизайнер</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>Public figure</source>
        <translation>Публичное лицо</translation>
    </message>
    <message>
        <source>Non-profit</source>
        <translation>НКО</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Госучреждение</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Потенциальный</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действующий</translation>
    </message>
    <message>
        <source>Former</source>
        <translation>Бывший</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отказался</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Идея</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Подготовка</translation>
    </message>
    <message>
        <source>Pitched</source>
        <translation>Предложение отправлено</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>Переговоры</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Договорились</translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Alternative (plan B)</source>
        <translation>Запасной вариант (план Б)</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Это поле нужно заполнить.</translation>
    </message>
    <message>
        <source>This is not an e-mail address (example: name@example.org).</source>
        <translation>Это не адрес электронной почты (пример: name@example.org).</translation>
    </message>
    <message>
        <source>This is not a web address (example: example.org).</source>
        <translation>Это не адрес сайта (пример: example.org).</translation>
    </message>
    <message>
        <source>This is not a phone number (digits, spaces, + ( ) - only).</source>
        <translation>Это не номер телефона (допустимы только цифры, пробелы и + ( ) -).</translation>
    </message>
    <message>
        <source>A date is required.</source>
        <translation>Укажите дату.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CollabDesk</source>
        <translation>CollabDesk</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Search partners…</source>
        <translation>Поиск партнёров…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Открываем базу данных…</translation>
    </message>
    <message>
        <source>&amp;New partner…</source>
        <translation>&amp;Новый партнёр…</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>Загрузить &amp;демо-данные</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit partner…</source>
        <translation>&amp;Редактировать партнёра…</translation>
    </message>
    <message>
        <source>&amp;Delete partner…</source>
        <translation>&amp;Удалить партнёра…</translation>
    </message>
    <message>
        <source>&amp;Find partner</source>
        <translation>&amp;Найти партнёра</translation>
    </message>
    <message>
        <source>&amp;About CollabDesk</source>
        <translation>&amp;О программе CollabDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Открываем…</translation>
    </message>
    <message>
        <source>No partner matches “%1”.</source>
        <translation>Нет партнёров по запросу «%1».</translation>
    </message>
    <message>
        <source>No partner matches these filters.</source>
        <translation>Нет партнёров, подходящих под эти фильтры.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ partner(s)</source>
        <translation>
            <numerusform>%Ln+ партнёр</numerusform>
            <numerusform>%Ln+ партнёра</numerusform>
            <numerusform>%Ln+ партнёров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln партнёр</numerusform>
            <numerusform>%Ln партнёра</numerusform>
            <numerusform>%Ln партнёров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo data loaded: %Ln partner(s).</source>
        <translation>
            <numerusform>Демо-данные загружены: %Ln партнёр.</numerusform>
            <numerusform>Демо-данные загружены: %Ln партнёра.</numerusform>
            <numerusform>Демо-данные загружены: %Ln партнёров.</numerusform>
        </translation>
    </message>
    <message>
        <source>many matches, newest first — type more to narrow</source>
        <translation>совпадений много, сначала новые — уточните запрос</translation>
    </message>
    <message>
        <source>Partner not found</source>
        <translation>Партнёр не найден</translation>
    </message>
    <message>
        <source>Delete “%1”? Their contacts and interaction history are deleted too. This cannot be undone.</source>
        <translation>Удалить «%1»? Вместе с партнёром удалятся его контакты и история общения. Отменить это будет нельзя.</translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation>Удаление партнёра</translation>
    </message>
    <message>
        <source>Cannot delete this partner</source>
        <translation>Этого партнёра нельзя удалить</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Загрузка демо-данных</translation>
    </message>
    <message>
        <source>Demo data can only be loaded into an empty database, and this one already holds partners. Start CollabDesk with another data folder (--data-dir) to try the demo.</source>
        <translation>Демо-данные загружаются только в пустую базу, а в этой уже есть партнёры. Чтобы посмотреть демонстрацию, запустите CollabDesk с другой папкой данных (--data-dir).</translation>
    </message>
    <message>
        <source>Demo data not loaded</source>
        <translation>Демо-данные не загружены</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(не задана)</translation>
    </message>
    <message>
        <source>About CollabDesk</source>
        <translation>О программе CollabDesk</translation>
    </message>
    <message>
        <source>CollabDesk %1

Prepare, pitch and deliver barter collaborations between a library and its partners.

Data folder: %2</source>
        <translation>CollabDesk %1

Готовьте, предлагайте и выполняйте бартерные проекты библиотеки с партнёрами.

Папка данных: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDetails</name>
    <message>
        <source>Select a partner on the left to see the details.</source>
        <translation>Выберите партнёра в списке слева, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Город:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Сайт:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Ведёт:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Метки:</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Ценности:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>История общения</translation>
    </message>
    <message>
        <source>Collaborations</source>
        <translation>Сотрудничество</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>No contacts yet. Press Add… to note who you talk to there.</source>
        <translation>Контактов пока нет. Нажмите «Добавить…», чтобы записать, с кем вы там общаетесь.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Убрать…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Суть</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Press Add… after a meeting, call or letter.</source>
        <translation>Записей пока нет. Нажмите «Добавить…» после встречи, звонка или письма.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Not in any collaboration yet.</source>
        <translation>Пока не участвует ни в одном проекте сотрудничества.</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>Контакты (%1)</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Удаление контакта</translation>
    </message>
    <message>
        <source>Remove %1 from this partner&apos;s contacts?</source>
        <translation>Убрать %1 из контактов этого партнёра?</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Не удалено</translation>
    </message>
</context>
<context>
    <name>PartnerForm</name>
    <message>
        <source>New partner</source>
        <translation>Новый партнёр</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Редактирование партнёра</translation>
    </message>
    <message>
        <source>Organisation or person</source>
        <translation>Организация или человек</translation>
    </message>
    <message>
        <source>Who on staff looks after them</source>
        <translation>Кто из сотрудников ведёт партнёра</translation>
    </message>
    <message>
        <source>Comma separated: design, souvenirs</source>
        <translation>Через запятую: дизайн, сувениры</translation>
    </message>
    <message>
        <source>Their values and brand, and why they fit</source>
        <translation>Их ценности и бренд, и чем они близки библиотеке</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>С&amp;айт:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>В&amp;едёт:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Метки:</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>&amp;Ценности:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Изменено другим сотрудником</translation>
    </message>
    <message>
        <source>This partner was changed by someone else since you opened it.

Reload: show their version (your changes are dropped).
Overwrite: save your version over theirs.
Cancel: keep editing.</source>
        <translation>Пока вы редактировали этого партнёра, его изменил кто-то другой.

Загрузить заново — показать их версию (ваши правки пропадут).
Записать поверх — сохранить вашу версию вместо их.
Отмена — продолжить редактирование.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Загрузить заново</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Записать поверх</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Library logo</source>
        <translation>Логотип библиотеки</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Brand colour</source>
        <translation>Фирменный цвет</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>Data and backups</source>
        <translation>Данные и резервные копии</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>A new language applies the next time CollabDesk starts.</source>
        <translation>Новый язык включится при следующем запуске CollabDesk.</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>&amp;Валюта по умолчанию:</translation>
    </message>
    <message>
        <source>e.g. Central City Library</source>
        <translation>например, Центральная городская библиотека</translation>
    </message>
    <message>
        <source>e.g. Children&apos;s branch</source>
        <translation>например, Детский филиал</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;Филиал:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>С&amp;айт:</translation>
    </message>
    <message>
        <source>PNG, JPEG or SVG file</source>
        <translation>Файл PNG, JPEG или SVG</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Логотип:</translation>
    </message>
    <message>
        <source>Brand &amp;colour:</source>
        <translation>Фирменный &amp;цвет:</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>&amp;Pitches are written in:</source>
        <translation>Язык &amp;предложений партнёрам:</translation>
    </message>
    <message>
        <source>Pitches print the name, logo and colour.</source>
        <translation>Название, логотип и цвет печатаются в предложениях партнёрам.</translation>
    </message>
    <message>
        <source>The library profile opens with the data.</source>
        <translation>Сведения о библиотеке станут доступны, когда откроются данные.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(не задана)</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Открыть папку</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Папка данных:</translation>
    </message>
    <message>
        <source>Keep &amp;daily backups:</source>
        <translation>Хранить &amp;ежедневных копий:</translation>
    </message>
    <message>
        <source>Keep &amp;weekly backups:</source>
        <translation>Хранить е&amp;женедельных копий:</translation>
    </message>
    <message>
        <source>Keep &amp;monthly backups:</source>
        <translation>Хранить е&amp;жемесячных копий:</translation>
    </message>
    <message>
        <source>Make a backup when CollabDesk closes</source>
        <translation>Резервная копия при каждом закрытии</translation>
    </message>
    <message>
        <source>0 keeps none of that kind.</source>
        <translation>0 — копии этого вида не хранятся.</translation>
    </message>
    <message>
        <source>Cannot open the folder</source>
        <translation>Не удаётся открыть папку</translation>
    </message>
    <message>
        <source>The data folder %1 could not be opened. %2</source>
        <translation>Не удалось открыть папку данных %1. %2</translation>
    </message>
    <message>
        <source>This file is missing or is not a picture (use PNG, JPEG or SVG).</source>
        <translation>Файла нет или это не изображение (подойдут PNG, JPEG или SVG).</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Настройки не сохранены</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The new language applies the next time you start CollabDesk.</source>
        <translation>Новый язык включится при следующем запуске CollabDesk.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>На&amp;стройки…</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to CollabDesk</source>
        <translation>Добро пожаловать в CollabDesk</translation>
    </message>
    <message>
        <source>CollabDesk keeps your library&apos;s partners, the collaborations you prepare with them and what each side promised.

What is your library called? The name goes on the proposals you send to partners; you can change it later in Settings.</source>
        <translation>В CollabDesk хранятся партнёры вашей библиотеки, проекты сотрудничества с ними и обязательства каждой стороны.

Как называется ваша библиотека? Название печатается в предложениях партнёрам; его можно изменить позже в настройках.</translation>
    </message>
    <message>
        <source>e.g. Central City Library</source>
        <translation>например, Центральная городская библиотека</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>Add demo partners and collaborations to look around</source>
        <translation>Добавить демо-данные, чтобы осмотреться</translation>
    </message>
    <message>
        <source>Demo data is made up. Try it in a separate data folder if you want to start your real work right away.</source>
        <translation>Демо-данные вымышленные. Если хотите сразу начать настоящую работу, попробуйте их в отдельной папке данных.</translation>
    </message>
    <message>
        <source>Library &amp;name:</source>
        <translation>&amp;Название библиотеки:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;Филиал:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
    <message>
        <source>Type your library&apos;s name, or press Later to skip.</source>
        <translation>Введите название библиотеки или нажмите «Позже».</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Demo data not loaded</source>
        <translation>Демо-данные не загружены</translation>
    </message>
</context>
</TS>
